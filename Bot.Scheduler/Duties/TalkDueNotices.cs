using System.Globalization;
using Lianzheng.Core.Domain;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Talks;
using Lianzheng.Core.Texts;
using Lianzheng.Core.Time;
using Microsoft.Extensions.Options;

namespace Lianzheng.Scheduler.Duties;

/// <summary>Tells a leader who is behind a checkpoint (default: one talk with each overseen section head by 30 June,
/// two by 30 November) which heads he still owes a talk: Talks:NoticeDaysBefore days before the checkpoint and again
/// the first week after it when it was missed. Leaders on track hear nothing. Each notice is keyed by year, checkpoint,
/// leader and kind, so a re-run or a late run adds nothing; its buttons open 记录谈话 for a head.</summary>
public sealed class TalkDueNotices(TalkService talks, Core.Outbox.Outbox outbox, BureauClock clock, IOptions<TalkOptions> options)
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
                    ? string.Format(CultureInfo.InvariantCulture, DutyTexts.TalkDueBefore, settings.RequiredPerYear, DomainNames.Date(due), checkpoint.Count)
                    : string.Format(CultureInfo.InvariantCulture, DutyTexts.TalkDueMissed, DomainNames.Date(due), checkpoint.Count);
                var lines = leader.Select(p => string.Format(CultureInfo.InvariantCulture, DutyTexts.TalkDueLine, p.HeadName, p.SectionName, p.Held));
                var buttons = leader.Take(OutboundMessage.MaxButtons)
                    .Select(p => new MessageButton(string.Format(CultureInfo.InvariantCulture, DutyTexts.RecordTalkWith, p.HeadName),
                        Actions.Start(DialogIds.RecordTalk, p.HeadId.ToString(CultureInfo.InvariantCulture))))
                    .ToList();
                await outbox.EnqueueAsync(new Core.Outbox.OutboxRequest(
                    OutboxKinds.TalkDue,
                    $"talk-due:{due:yyyy-MM-dd}:{leader.Key}:{kind}",
                    new OutboundMessage(intro + "\n" + string.Join("\n", lines) + "\n" + DutyTexts.TalkDueAction, DutyTexts.TalkDueTitle, Buttons: buttons),
                    [leader.Key]), cancellationToken);
                sent++;
            }
        }

        return sent;
    }
}
