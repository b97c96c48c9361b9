using System.Globalization;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Talks;
using Lianzheng.Core.Texts;
using Lianzheng.Core.Time;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Scheduler.Talks;

/// <summary>Reminds a leader of the follow-up day he set on a 提醒谈话: on that day (an off day's on the next working
/// day, when the duties run), once: the notice is keyed by the talk. With one person talked to, its button opens
/// 记录谈话 for him.</summary>
public sealed class TalkFollowUpReminders(TalkService talks, OutboxWriter outbox, LianzhengDbContext db, BureauClock clock)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var queued = 0;
        var due = await talks.FollowUpsDueAsync(clock.Today, cancellationToken);
        var keys = due.Select(d => Key(d.TalkId)).ToList();
        var sent = await db.OutboxMessages.AsNoTracking().Where(m => m.Kind == OutboxKinds.TalkFollowUp && keys.Contains(m.SourceKey))
            .Select(m => m.SourceKey).ToListAsync(cancellationToken);
        foreach (var talk in due.Where(d => !sent.Contains(Key(d.TalkId))))
        {
            var buttons = talk.ParticipantIds.Count == 1
                ? new[] { new MessageButton(TalkDueTexts.RecordTalkWith(talk.ParticipantNames[0]),
                    Actions.Start(DialogIds.RecordTalk, talk.ParticipantIds[0].ToString(CultureInfo.InvariantCulture))) }
                : null;
            await outbox.EnqueueAsync(new OutboxRequest(
                OutboxKinds.TalkFollowUp,
                Key(talk.TalkId),
                new OutboundMessage(TalkDueTexts.FollowUp(DomainNames.Date(talk.HeldOn), string.Join("、", talk.ParticipantNames), DomainNames.Date(talk.FollowUpOn)),
                    TalkDueTexts.FollowUpTitle, Buttons: buttons),
                [talk.LeaderId]), cancellationToken);
            queued++;
        }

        return queued;
    }

    private static string Key(long talkId) => string.Create(CultureInfo.InvariantCulture, $"talk-follow-up:{talkId}");
}
