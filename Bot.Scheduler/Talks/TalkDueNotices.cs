using System.Globalization;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Talks;
using Lianzheng.Core.Texts;
using Lianzheng.Core.Time;
using Microsoft.Extensions.Options;

namespace Lianzheng.Scheduler.Talks;

/// <summary>Tells a leader who is behind a checkpoint (default: one talk with each overseen section head by 30 June,
/// two by 30 November) which heads he still owes a talk: Talks:NoticeDaysBefore days before the checkpoint and again
/// the first week after it when it was missed. Leaders on track hear nothing. Each notice is keyed by year, checkpoint,
/// leader and kind, so a re-run or a late run adds nothing; its buttons open 记录谈话 for a head.</summary>
public sealed class TalkDueNotices(TalkService talks, OutboxWriter outbox, BureauClock clock, IOptions<TalkOptions> options)
{
    private const int MissedWindowDays = 7;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var settings = options.Value;
        var sent = 0;
        foreach (var checkpoint in settings.Checkpoints)
        {
            var due = checkpoint.In(today.Year);
            var kind = today <= due && today >= due.AddDays(-settings.NoticeDaysBefore) ? "before"
                : today > due && today <= due.AddDays(MissedWindowDays) ? "missed"
                : null;
            if (kind is null)
            {
                continue;
            }

            var behind = (await talks.ProgressAsync(null, today.Year, cancellationToken)).Where(p => p.Held < checkpoint.Count).ToList();
            foreach (var leader in behind.GroupBy(p => p.LeaderId))
            {
                var intro = kind == "before"
                    ? TalkDueTexts.Before(settings.RequiredPerYear, DomainNames.Date(due), checkpoint.Count)
                    : TalkDueTexts.Missed(DomainNames.Date(due), checkpoint.Count);
                var lines = leader.Select(p => TalkDueTexts.Line(p.HeadName, p.SectionName, p.Held));
                var buttons = leader.Take(OutboundMessage.MaxButtons)
                    .Select(p => new MessageButton(TalkDueTexts.RecordTalkWith(p.HeadName),
                        Actions.Start(DialogIds.RecordTalk, p.HeadId.ToString(CultureInfo.InvariantCulture))))
                    .ToList();
                await outbox.EnqueueAsync(new OutboxRequest(
                    OutboxKinds.TalkDue,
                    $"talk-due:{due:yyyy-MM-dd}:{leader.Key}:{kind}",
                    new OutboundMessage(intro + "\n" + string.Join("\n", lines) + "\n" + TalkDueTexts.Action, TalkDueTexts.Title, Buttons: buttons),
                    [leader.Key]), cancellationToken);
                sent++;
            }
        }

        return sent;
    }
}
