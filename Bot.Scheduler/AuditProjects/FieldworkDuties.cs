using Lianzheng.Core.AuditProjects;
using Lianzheng.Core.Holidays;

namespace Lianzheng.Scheduler.AuditProjects;

/// <summary>The team on site: from the working day before 进点 the team leader has the 审计纪律告知书 to post; from 离场 he
/// is asked for the 执行情况报告. Each is sent once (keyed), so a second run on a day, or the next day's, adds nothing.</summary>
public sealed class FieldworkDuties(AuditFieldworkService fieldwork)
{
    public async Task<int> RunAsync(WorkCalendar calendar, CancellationToken cancellationToken)
    {
        var considered = 0;
        foreach (var project in await fieldwork.DueNoticeAsync(p => AuditProjectService.LastCallDay(calendar, p), cancellationToken))
        {
            await fieldwork.SendNoticeAsync(project, cancellationToken);
            considered++;
        }

        foreach (var project in await fieldwork.DueReportAsync(cancellationToken))
        {
            await fieldwork.RequestReportAsync(project, cancellationToken);
            considered++;
        }

        return considered;
    }
}
