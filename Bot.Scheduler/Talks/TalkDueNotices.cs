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
/// the first week after it when it was missed. Leaders on track hear nothing. The party secretary is told the same of
/// the 班子成员, against Talks:SecretaryWithLeadersPerYear on the checkpoints scaled to it
/// (<see cref="TalkOptions.SecretaryCheckpoints"/>: with the default 1 a year, only 30 November). Each notice is keyed by
/// year, checkpoint, recipient and kind, so a re-run or a late run adds nothing; its buttons open 记录谈话 for a person.
/// When a notice is due is <see cref="TalkQuota"/>'s rule, the one the 工作台's talk matrix colours its cells by.</summary>
public sealed class TalkDueNotices(TalkService talks, OutboxWriter outbox, BureauClock clock, IOptions<TalkOptions> options)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var settings = options.Value;
        var sent = 0;
        var leaders = TalkQuota.ForLeaders(settings);
        foreach (var checkpoint in leaders.Checkpoints)
        {
            if (Stage(leaders, checkpoint, today) is not { } kind)
            {
                continue;
            }

            var due = checkpoint.In(today.Year);
            var behind = (await talks.ProgressAsync(null, today.Year, cancellationToken)).Where(p => p.Held < checkpoint.Count).ToList();
            foreach (var leader in behind.GroupBy(p => p.LeaderId))
            {
                var intro = kind == "before"
                    ? TalkDueTexts.Before(leaders.PerYear, DomainNames.Date(due), checkpoint.Count)
                    : TalkDueTexts.Missed(DomainNames.Date(due), checkpoint.Count);
                await NotifyAsync(OutboxKinds.TalkDue, $"talk-due:{due:yyyy-MM-dd}:{leader.Key}:{kind}", intro, leader, cancellationToken);
                sent++;
            }
        }

        var secretary = TalkQuota.ForSecretary(settings);
        foreach (var checkpoint in secretary.Checkpoints)
        {
            if (Stage(secretary, checkpoint, today) is not { } kind)
            {
                continue;
            }

            var due = checkpoint.In(today.Year);
            var behind = (await talks.SecretaryProgressAsync(null, today.Year, cancellationToken)).Where(p => p.Held < checkpoint.Count).ToList();
            foreach (var pairs in behind.GroupBy(p => p.LeaderId))
            {
                var intro = kind == "before"
                    ? TalkDueTexts.SecretaryBefore(secretary.PerYear, DomainNames.Date(due), checkpoint.Count)
                    : TalkDueTexts.SecretaryMissed(DomainNames.Date(due), checkpoint.Count);
                await NotifyAsync(OutboxKinds.SecretaryTalkDue, $"secretary-talk-due:{due:yyyy-MM-dd}:{pairs.Key}:{kind}", intro, pairs,
                    cancellationToken);
                sent++;
            }
        }

        return sent;
    }

    /// <summary>"before" within Talks:NoticeDaysBefore days up to the checkpoint, "missed" the week after it, else null.</summary>
    private static string? Stage(TalkQuota quota, TalkCheckpoint checkpoint, DateOnly today) => quota.NoticeStage(checkpoint, today) switch
    {
        TalkStatus.DueSoon => "before",
        TalkStatus.Overdue => "missed",
        _ => null,
    };

    private async Task NotifyAsync(string outboxKind, string key, string intro, IGrouping<int, TalkPair> pairs, CancellationToken cancellationToken)
    {
        var lines = pairs.Select(p => TalkDueTexts.Line(p.HeadName, p.SectionName, p.Held));
        var buttons = pairs.Take(OutboundMessage.MaxButtons)
            .Select(p => new MessageButton(TalkDueTexts.RecordTalkWith(p.HeadName),
                Actions.Start(DialogIds.RecordTalk, p.HeadId.ToString(CultureInfo.InvariantCulture))))
            .ToList();
        await outbox.EnqueueAsync(new OutboxRequest(
            outboxKind,
            key,
            new OutboundMessage(intro + "\n" + string.Join("\n", lines) + "\n" + TalkDueTexts.Action, TalkDueTexts.Title, Buttons: buttons),
            [pairs.Key]), cancellationToken);
    }
}
