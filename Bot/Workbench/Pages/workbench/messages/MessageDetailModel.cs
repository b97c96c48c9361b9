using System.Globalization;
using Lianzheng.Core.Announcements;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Time;
using Lianzheng.Core.Workbench;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace Lianzheng.Bot.Workbench.Pages;

/// <summary>/workbench/messages/{id}: one message and, per person and channel, where its delivery stands and whether he
/// confirmed, filtered and paged on the server; for the 廉政监督员 the actions 提醒未确认 and 重发未送达 (each form carries
/// a submission key, so a form sent twice acts once).</summary>
public sealed class MessageDetailModel(WorkbenchRecords records, WorkbenchMessages messages, MessageFollowUps followUps, BureauClock clock)
    : MessagePageModel(records)
{
    public const string RemindedNotice = "reminded";
    public const string ResentNotice = "resent";
    public const string SentNotice = "sent";

    public MessageDetail Message { get; private set; } = null!;

    public RecipientPage Deliveries { get; private set; } = null!;

    /// <summary>A fresh key for the forms of this page.</summary>
    public string Submission { get; } = AnnouncementService.Key(Guid.NewGuid());

    /// <summary>What the last action did, said once after it (the page it redirected to).</summary>
    public string? Notice { get; private set; }

    public TimeZoneInfo Zone => clock.TimeZone;

    public async Task<IActionResult> OnGetAsync(
        long id, DeliveryFilter? state, int? page, string? done, int? people, int? unreachable, bool? repeated, CancellationToken cancellationToken)
    {
        if (await LoadBureauViewerAsync(cancellationToken) is { } ended)
        {
            return ended;
        }

        if (await messages.MessageAsync(id, cancellationToken) is not { } message)
        {
            return NotFoundInScope();
        }

        Message = message;
        var filter = message.FilterOf(state);
        Deliveries = await messages.DeliveriesAsync(id, filter, Math.Clamp(page ?? 1, 1, WorkbenchRecords.MaxPage), cancellationToken);
        Notice = done switch
        {
            RemindedNotice when repeated == true => WorkbenchTexts.RemindedBefore(people ?? 0),
            RemindedNotice => WorkbenchTexts.Reminded(people ?? 0),
            ResentNotice => WorkbenchTexts.Resent(people ?? 0, unreachable ?? 0),
            SentNotice => WorkbenchTexts.MessageSent,
            _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostRemindAsync(long id, string? submission, CancellationToken cancellationToken)
    {
        if (await LoadActorAsync(cancellationToken) is { } ended)
        {
            return ended;
        }

        if (!IsSubmissionKey(submission))
        {
            return BadRequest(WorkbenchTexts.BadSubmission);
        }

        if (await followUps.RemindUnconfirmedAsync(Viewer, id, submission!, cancellationToken) is not { } result)
        {
            return NotFoundInScope();
        }

        return Redirect(QueryHelpers.AddQueryString(Address(id), new Dictionary<string, string?>
        {
            ["done"] = RemindedNotice,
            ["people"] = result.People.ToString(CultureInfo.InvariantCulture),
            ["repeated"] = result.Repeated ? "true" : null,
        }));
    }

    public async Task<IActionResult> OnPostResendAsync(long id, CancellationToken cancellationToken)
    {
        if (await LoadActorAsync(cancellationToken) is { } ended)
        {
            return ended;
        }

        if (await followUps.ResendUndeliveredAsync(Viewer, id, cancellationToken) is not { } result)
        {
            return NotFoundInScope();
        }

        return Redirect(QueryHelpers.AddQueryString(Address(id), new Dictionary<string, string?>
        {
            ["done"] = ResentNotice,
            ["people"] = result.People.ToString(CultureInfo.InvariantCulture),
            ["unreachable"] = result.StillUnreachable.ToString(CultureInfo.InvariantCulture),
        }));
    }

    public static string Address(long id) => "/workbench/messages/" + id.ToString(CultureInfo.InvariantCulture);

    public string FilterLink(DeliveryFilter filter, int page = 1) => QueryHelpers.AddQueryString(Address(Message.Row.Id), new Dictionary<string, string?>
    {
        ["state"] = filter == DeliveryFilter.All ? null : filter.ToString(),
        ["page"] = page == 1 ? null : page.ToString(CultureInfo.InvariantCulture),
    });

    public string ExportLink => Address(Message.Row.Id) + ".xlsx" + (Deliveries.Filter == DeliveryFilter.All ? "" : "?state=" + Deliveries.Filter);

    public string Local(DateTimeOffset? at) => at is { } moment ? WorkbenchTexts.Local(moment, clock.TimeZone) : "";

    /// <summary>A key as the page makes them (32 hex digits), nothing else.</summary>
    public static bool IsSubmissionKey(string? key) => key is { Length: 32 } && key.All(char.IsAsciiHexDigitLower);
}
