using Lianzheng.Core.AuditProjects;
using Lianzheng.Core.Holidays;
using Lianzheng.Core.Time;

namespace Lianzheng.Scheduler.AuditProjects;

/// <summary>The last call for a major project's pre-audit talk: on the working day before its start, if the responsible
/// leader has not recorded the talk yet, he is asked once more, the 党组书记 and the 廉政监督员 are told, and the team gets
/// its discipline reminder regardless — no team enters the audited unit without it. A run missed that day (a failed duty)
/// catches up until the project ends, all but the leader's "明日进场" call, which would be wrong by then.</summary>
public sealed class PreAuditTalkCalls(AuditProjectService projects, BureauClock clock)
{
    public async Task<int> RunAsync(WorkCalendar calendar, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var called = 0;
        foreach (var project in await projects.AwaitingTalkAsync(cancellationToken))
        {
            if (today < AuditProjectService.LastCallDay(calendar, project) || today > (project.EndDate ?? project.StartDate))
            {
                continue;
            }

            if (today < project.StartDate)
            {
                await projects.AskForTalkAgainAsync(project, cancellationToken);
            }

            // The team first: the report to the secretary says its reminder has gone out.
            await projects.EnsureTeamRemindedAsync(project, cancellationToken);
            await projects.ReportMissingTalkAsync(project, cancellationToken);
            called++;
        }

        return called;
    }
}
