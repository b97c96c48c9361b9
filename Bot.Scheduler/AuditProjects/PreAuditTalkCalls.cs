using Lianzheng.Core.AuditProjects;
using Lianzheng.Core.Holidays;
using Lianzheng.Core.Time;

namespace Lianzheng.Scheduler.AuditProjects;

/// <summary>The last call for a major project's pre-audit talk: on the working day before its start, if the
/// responsible leader has not recorded the talk yet, he is asked once more.</summary>
public sealed class PreAuditTalkCalls(AuditProjectService projects, BureauClock clock)
{
    public async Task<int> RunAsync(WorkCalendar calendar, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var called = 0;
        foreach (var project in await projects.AwaitingTalkAsync(null, cancellationToken))
        {
            if (today < project.StartDate && today >= calendar.WorkdaysBefore(project.StartDate, 1))
            {
                await projects.AskForTalkAgainAsync(project, cancellationToken);
                called++;
            }
        }

        return called;
    }
}
