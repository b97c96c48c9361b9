using Lianzheng.Bot.Workbench.Exports;
using Lianzheng.Core.Time;
using Lianzheng.Core.Workbench;
using Microsoft.AspNetCore.Mvc;

namespace Lianzheng.Bot.Workbench.Pages;

/// <summary>/workbench/messages/{id}.xlsx: the message's deliveries under the page's filter, every page of them — one row
/// per person and channel with its state, why, when it was delivered and when he confirmed.</summary>
public sealed class MessageExportModel(WorkbenchRecords records, WorkbenchMessages messages, ExportWriter writer, BureauClock clock)
    : MessagePageModel(records)
{
    public async Task<IActionResult> OnGetAsync(long id, DeliveryFilter? state, CancellationToken cancellationToken)
    {
        if (await LoadBureauViewerAsync(cancellationToken) is { } ended)
        {
            return ended;
        }

        if (await messages.MessageAsync(id, cancellationToken) is not { } message)
        {
            return NotFoundInScope();
        }

        var filter = message.FilterOf(state);
        var deliveries = await messages.DeliveriesAsync(id, filter, null, cancellationToken);
        var row = message.Row;
        var sheet = new ExportSheet(
            WorkbenchTexts.Deliveries,
            [
                WorkbenchTexts.Condition(WorkbenchTexts.Messages, $"{WorkbenchTexts.MessageTitle(row.Id)} {row.Title}"),
                WorkbenchTexts.Condition(WorkbenchTexts.Sender, row.Sender ?? WorkbenchTexts.System),
                WorkbenchTexts.Condition(WorkbenchTexts.Sent, WorkbenchTexts.Local(row.CreatedAt, clock.TimeZone)),
                WorkbenchTexts.Condition(WorkbenchTexts.Status, WorkbenchTexts.FilterName(filter)),
                WorkbenchTexts.Condition(WorkbenchTexts.Exporter, Viewer.Name),
            ],
            clock.UtcNow,
            [
                WorkbenchTexts.Recipient, WorkbenchTexts.Section, WorkbenchTexts.Channel, WorkbenchTexts.Status, WorkbenchTexts.Reason,
                WorkbenchTexts.DeliveredAt, WorkbenchTexts.ConfirmedAt,
            ],
            deliveries.Rows.Select(d => (IReadOnlyList<object?>)
            [
                d.Name, d.Section, WorkbenchTexts.ChannelName(d.Channel), WorkbenchTexts.StateName(d.State), WorkbenchTexts.Why(d, clock.TimeZone),
                d.DeliveredAt, d.ConfirmedAt,
            ]));
        return await writer.DownloadAsync(sheet, WorkbenchTexts.MessageTitle(row.Id).Replace(" #", "-", StringComparison.Ordinal), cancellationToken);
    }
}
