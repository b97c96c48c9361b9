using Lianzheng.Core.Holidays;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lianzheng.Core.Workbench;

/// <summary>The 工作台's 廉政提醒: every message the bot sent and, per message, where each delivery stands. For the viewers
/// who see the whole bureau (<see cref="WorkbenchScope.Bureau"/>); the pages check that before asking.</summary>
public sealed class WorkbenchMessages(LianzhengDbContext db, BureauClock clock, HolidayCalendarStore calendars, IOptions<HolidayOptions> holidays)
{
    /// <summary>Messages the bot sent, the latest first, one page of <see cref="FilingFilter.PageSize"/>; counted per person
    /// (a person reached on two channels is one).</summary>
    public async Task<List<MessageRow>> ListAsync(int page, CancellationToken cancellationToken)
    {
        var messages = await db.OutboxMessages.AsNoTracking().OrderByDescending(m => m.Id)
            .Skip((Math.Clamp(page, 1, WorkbenchRecords.MaxPage) - 1) * FilingFilter.PageSize).Take(FilingFilter.PageSize)
            .ToListAsync(cancellationToken);
        return await RowsAsync(messages, cancellationToken);
    }

    /// <summary>The integrity messages (holiday and composed ones, not their reminders) created from <paramref name="from"/>
    /// up to <paramref name="to"/>, the earliest first, counted per person as on the list (for the reports).</summary>
    public async Task<List<MessageRow>> IntegrityMessagesAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var messages = await db.OutboxMessages.AsNoTracking().Where(m => (m.Kind == OutboxKinds.HolidayMessage || m.Kind == OutboxKinds.IntegrityMessage)
            && m.AcknowledgesMessageId == null && m.CreatedAt >= from && m.CreatedAt < to).OrderBy(m => m.Id).ToListAsync(cancellationToken);
        return await RowsAsync(messages, cancellationToken);
    }

    /// <summary>One message with its counts; null when there is none.</summary>
    public async Task<MessageDetail?> MessageAsync(long id, CancellationToken cancellationToken)
    {
        if (await db.OutboxMessages.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken) is not { } message)
        {
            return null;
        }

        var row = (await RowsAsync([message], cancellationToken))[0];
        var deliveries = await db.Deliveries.AsNoTracking().Where(d => d.MessageId == id)
            .Select(d => new { d.RecipientId, d.Status, Waiting = d.LastError != null, Confirmed = d.ConfirmedAt != null }).ToListAsync(cancellationToken);
        var reached = deliveries.Where(d => d.Status == DeliveryStatus.Delivered).Select(d => d.RecipientId).ToHashSet();
        var counts = new Dictionary<DeliveryFilter, int>
        {
            [DeliveryFilter.All] = deliveries.Count,
            [DeliveryFilter.NotReached] = deliveries.Count(d => !reached.Contains(d.RecipientId)),
            [DeliveryFilter.Queued] = deliveries.Count(d => d.Status == DeliveryStatus.Pending && !d.Waiting),
            [DeliveryFilter.Waiting] = deliveries.Count(d => d.Status == DeliveryStatus.Pending && d.Waiting),
            [DeliveryFilter.Delivered] = deliveries.Count(d => d.Status == DeliveryStatus.Delivered),
            [DeliveryFilter.Unreachable] = deliveries.Count(d => d.Status == DeliveryStatus.Unreachable),
            [DeliveryFilter.Failed] = deliveries.Count(d => d.Status == DeliveryStatus.Failed),
        };
        if (message.RequiresConfirmation)
        {
            counts[DeliveryFilter.Unconfirmed] = deliveries.Count(d => !d.Confirmed);
            counts[DeliveryFilter.Confirmed] = deliveries.Count(d => d.Confirmed);
        }

        return new MessageDetail(row, message.Body, message.ConfirmLabel, counts);
    }

    /// <summary>A message's deliveries under a filter, by person and channel: one page, or every one (<paramref name="page"/> null, for the export).</summary>
    public async Task<RecipientPage> DeliveriesAsync(long id, DeliveryFilter filter, int? page, CancellationToken cancellationToken)
    {
        var query = Filtered(db.Deliveries.AsNoTracking().Where(d => d.MessageId == id), filter);
        var total = await query.CountAsync(cancellationToken);
        var number = Paging.Within(page ?? 1, total, RecipientPage.PageSize);
        var ordered = query.OrderBy(d => d.RecipientId).ThenBy(d => d.Channel);
        var rows = await (page is null ? ordered : ordered.Skip((number - 1) * RecipientPage.PageSize).Take(RecipientPage.PageSize))
            .Select(d => new
            {
                d.Id, d.RecipientId, d.Recipient!.Name, Section = d.Recipient.Section == null ? null : d.Recipient.Section.Name, d.Channel, d.Status,
                d.LastError, d.Attempts, d.NextAttemptAt, d.SentAt, d.ConfirmedAt,
            })
            .ToListAsync(cancellationToken);
        return new RecipientPage([.. rows.Select(d => new RecipientDelivery(d.Id, d.RecipientId, d.Name, d.Section, d.Channel, StateOf(d.Status, d.LastError),
            d.LastError, d.Attempts, d.Status == DeliveryStatus.Pending ? d.NextAttemptAt : null, d.SentAt, d.ConfirmedAt))], total, filter, number);
    }

    /// <summary>This year's holiday and integrity messages: reach and confirmation, counted per person.</summary>
    public async Task<MessageRates> RatesAsync(CancellationToken cancellationToken)
    {
        var year = clock.Today.Year;
        var from = new DateTimeOffset(new DateTime(year, 1, 1), clock.TimeZone.GetUtcOffset(new DateTime(year, 1, 1)));
        var to = new DateTimeOffset(new DateTime(year + 1, 1, 1), clock.TimeZone.GetUtcOffset(new DateTime(year + 1, 1, 1)));
        var messages = await db.OutboxMessages.AsNoTracking().Where(m => (m.Kind == OutboxKinds.HolidayMessage || m.Kind == OutboxKinds.IntegrityMessage)
            && m.AcknowledgesMessageId == null && m.CreatedAt >= from && m.CreatedAt < to)
            .Select(m => new { m.Id, ToConfirm = m.ConfirmLabel != null }).ToListAsync(cancellationToken);
        var people = await PeopleAsync([.. messages.Select(m => m.Id)], cancellationToken);
        var toConfirm = messages.Where(m => m.ToConfirm).Select(m => people.GetValueOrDefault(m.Id)).ToList();
        return new MessageRates(year, messages.Count, people.Values.Sum(p => p.People), people.Values.Sum(p => p.Reached),
            toConfirm.Sum(p => p?.People ?? 0), toConfirm.Sum(p => p?.Confirmed ?? 0));
    }

    /// <summary>The next holiday whose off days are still ahead, with the day its message goes out (holidays taken together as one).</summary>
    public async Task<NextHoliday?> NextHolidayAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var calendar = await calendars.LoadAsync(cancellationToken);
        var nodes = new[] { today.Year, today.Year + 1 }.SelectMany(y => calendar.NodesOf(y, holidays.Value.WorkdaysBefore))
            .Where(n => n.FirstOffDay > today).OrderBy(n => n.FirstOffDay).ThenBy(n => n.Date).ToList();
        if (nodes.Count == 0)
        {
            return null;
        }

        var together = nodes.Where(n => n.FirstOffDay == nodes[0].FirstOffDay).ToList();
        return new NextHoliday(string.Join("、", together.Select(n => n.Name)), together[0].FirstOffDay, together.Max(n => n.LastOffDay),
            together[0].SendDate, together.All(n => n.Official));
    }

    public static DeliveryState StateOf(DeliveryStatus status, string? lastError) => status switch
    {
        DeliveryStatus.Delivered => DeliveryState.Delivered,
        DeliveryStatus.Unreachable => DeliveryState.Unreachable,
        DeliveryStatus.Failed => DeliveryState.Failed,
        _ => lastError is null ? DeliveryState.Queued : DeliveryState.Waiting,
    };

    private IQueryable<Delivery> Filtered(IQueryable<Delivery> deliveries, DeliveryFilter filter) => filter switch
    {
        DeliveryFilter.Unconfirmed => deliveries.Where(d => d.Message!.ConfirmLabel != null && d.ConfirmedAt == null),
        DeliveryFilter.Confirmed => deliveries.Where(d => d.ConfirmedAt != null),
        DeliveryFilter.NotReached => deliveries.Where(d =>
            !db.Deliveries.Any(o => o.MessageId == d.MessageId && o.RecipientId == d.RecipientId && o.Status == DeliveryStatus.Delivered)),
        DeliveryFilter.Queued => deliveries.Where(d => d.Status == DeliveryStatus.Pending && d.LastError == null),
        DeliveryFilter.Waiting => deliveries.Where(d => d.Status == DeliveryStatus.Pending && d.LastError != null),
        DeliveryFilter.Delivered => deliveries.Where(d => d.Status == DeliveryStatus.Delivered),
        DeliveryFilter.Unreachable => deliveries.Where(d => d.Status == DeliveryStatus.Unreachable),
        DeliveryFilter.Failed => deliveries.Where(d => d.Status == DeliveryStatus.Failed),
        _ => deliveries,
    };

    private async Task<List<MessageRow>> RowsAsync(List<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        var people = await PeopleAsync([.. messages.Select(m => m.Id)], cancellationToken);
        var senderIds = messages.Where(m => m.SenderId != null).Select(m => m.SenderId!.Value).Distinct().ToList();
        var senders = await db.Staff.AsNoTracking().Where(s => senderIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        return [.. messages.Select(m =>
        {
            var of = people.GetValueOrDefault(m.Id) ?? new PeopleReached(0, 0, 0);
            return new MessageRow(m.Id, m.Kind, m.Title, m.SenderId is { } s ? senders.GetValueOrDefault(s) : null, m.CreatedAt, of.People,
                of.Reached, m.ConfirmLabel is null ? null : of.Confirmed);
        })];
    }

    /// <summary>Per message: the people it was for, those it reached on some channel, those who confirmed (a person reached
    /// on two channels is one). Counted in the database, one row per message, from the (message, recipient, status,
    /// confirmed) index alone: a year's 120 messages to 300 people are 36 000 index entries, not 36 000 row reads, and
    /// not 36 000 rows brought into the process (reading them here to count took twice as long).</summary>
    private async Task<Dictionary<long, PeopleReached>> PeopleAsync(List<long> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        return await db.Deliveries.AsNoTracking().Where(d => ids.Contains(d.MessageId))
            .GroupBy(d => d.MessageId)
            .Select(g => new
            {
                MessageId = g.Key,
                People = g.Select(d => d.RecipientId).Distinct().Count(),
                Reached = g.Where(d => d.Status == DeliveryStatus.Delivered).Select(d => d.RecipientId).Distinct().Count(),
                Confirmed = g.Where(d => d.ConfirmedAt != null).Select(d => d.RecipientId).Distinct().Count(),
            })
            .ToDictionaryAsync(m => m.MessageId, m => new PeopleReached(m.People, m.Reached, m.Confirmed), cancellationToken);
    }

    private sealed record PeopleReached(int People, int Reached, int Confirmed);
}
