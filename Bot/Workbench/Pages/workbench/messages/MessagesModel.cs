using Lianzheng.Core.Time;
using Lianzheng.Core.Workbench;
using Microsoft.AspNetCore.Mvc;

namespace Lianzheng.Bot.Workbench.Pages;

/// <summary>廉政提醒 /workbench/messages: every message the bot sent, with its sender (系统 for the bot's own) and how many
/// it reached and how many confirmed, each opening its page; for the viewers who see the whole bureau (anyone else gets a 404).</summary>
public sealed class MessagesModel(WorkbenchRecords records, WorkbenchMessages messages, BureauClock clock) : MessagePageModel(records)
{
    public IReadOnlyList<MessageRow> Rows { get; private set; } = [];

    public int PageNumber { get; private set; } = 1;

    public async Task<IActionResult> OnGetAsync(int? page, CancellationToken cancellationToken)
    {
        if (await LoadBureauViewerAsync(cancellationToken) is { } ended)
        {
            return ended;
        }

        PageNumber = Math.Clamp(page ?? 1, 1, WorkbenchRecords.MaxPage);
        Rows = await messages.ListAsync(PageNumber, cancellationToken);
        return Page();
    }

    public string Local(DateTimeOffset at) => WorkbenchTexts.Local(at, clock.TimeZone);
}
