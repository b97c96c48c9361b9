using System.Globalization;
using Lianzheng.Core.Audit;
using Lianzheng.Core.Holidays;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Personnel;
using Lianzheng.Core.Talks;
using Lianzheng.Core.Texts;
using Lianzheng.Core.Time;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Core.AuditProjects;

/// <summary>Registers audit projects and runs their pre-audit integrity duties: for a major project the responsible
/// leader is asked to hold the 审前集体廉政提醒谈话 and, once he records it, every team member gets the "四严禁""八不准"
/// reminder to confirm; an ordinary project's team gets the reminder at once. Whatever happens to the talk, the team has
/// its reminder by the working day before 进点 (<see cref="LastCallDay"/>): no team enters the audited unit without it.</summary>
public sealed class AuditProjectService(
    LianzhengDbContext db, AuditTrail audit, OutboxWriter outbox, TalkService talks, HolidayCalendarStore calendars, StaffDirectory directory,
    AuditFieldworkService fieldwork, BureauClock clock)
{
    private static readonly TimeOnly NextWorkdayReminderTime = new(9, 0);

    /// <summary>Registers a project and starts its pre-audit duties. With a source key (the inbound message that
    /// registers it) a second call returns the project the first one stored.</summary>
    public async Task<AuditProject> RegisterAsync(Staff registrar, AuditProjectDraft draft, CancellationToken cancellationToken, string? sourceKey = null)
    {
        await using var transaction = await db.Database.BeginOrJoinTransactionAsync(cancellationToken);
        if (sourceKey is not null
            && await db.AuditProjects.Include(p => p.Members).FirstOrDefaultAsync(p => p.SourceKey == sourceKey, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        var project = new AuditProject
        {
            Name = draft.Name,
            IsMajor = draft.IsMajor,
            StartDate = draft.StartDate,
            EndDate = draft.EndDate,
            FeedbackCode = AccessCodes.New(),
            NoticeCode = AccessCodes.New(),
            TeamLeaderId = draft.TeamLeaderId,
            ResponsibleLeaderId = draft.ResponsibleLeaderId,
            RegisteredById = registrar.Id,
            RegisteredAt = clock.UtcNow,
            SourceKey = sourceKey,
            Members = [.. draft.MemberIds.Append(draft.TeamLeaderId).Distinct().Select(id => new AuditProjectMember { StaffId = id })],
        };
        db.AuditProjects.Add(project);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(registrar.Id, "project.registered", AuditRecords.Of(project), draft, cancellationToken);
        if (project.IsMajor)
        {
            await AskForTalkAsync(project, last: false, cancellationToken);
        }

        // Registered late (on the last call day or after), a major project's team cannot wait for the talk, nor its
        // leader for the daily duty that sends the 告知书.
        var late = clock.Today >= LastCallDay(await calendars.LoadAsync(cancellationToken), project);
        if (!project.IsMajor || late)
        {
            await RemindTeamAsync(project, cancellationToken);
        }

        if (late)
        {
            await fieldwork.SendNoticeAsync(project, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return project;
    }

    /// <summary>Major projects not yet over whose talk is not recorded.</summary>
    public Task<List<AuditProject>> AwaitingTalkAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today;
        return db.AuditProjects.AsNoTracking().Include(p => p.Members)
            .Where(p => p.IsMajor && p.PreAuditTalkId == null && (p.EndDate ?? p.StartDate) >= today)
            .OrderBy(p => p.StartDate).ThenBy(p => p.Id).ToListAsync(cancellationToken);
    }

    /// <summary>The project, with its team, whose pre-audit talk this leader is responsible for and has not recorded yet.</summary>
    public Task<AuditProject?> AwaitingTalkOfAsync(int projectId, int leaderId, CancellationToken cancellationToken) =>
        db.AuditProjects.AsNoTracking().Include(p => p.Members)
            .FirstOrDefaultAsync(p => p.Id == projectId && p.PreAuditTalkId == null && p.ResponsibleLeaderId == leaderId, cancellationToken);

    /// <summary>The last call, the working day before the start, when the talk is still not recorded.</summary>
    public async Task AskForTalkAgainAsync(AuditProject project, CancellationToken cancellationToken) =>
        await AskForTalkAsync(project, last: true, cancellationToken);

    /// <summary>The talk is still not recorded on the last call day: the 党组书记 and the 廉政监督员 are told, once.</summary>
    public async Task ReportMissingTalkAsync(AuditProject project, CancellationToken cancellationToken)
    {
        var leader = await db.Staff.AsNoTracking().Where(s => s.Id == project.ResponsibleLeaderId).Select(s => s.Name).FirstAsync(cancellationToken);
        var told = (await directory.WithRoleAsync(StaffRole.PartySecretary, cancellationToken))
            .Concat(await directory.WithRoleAsync(StaffRole.IntegritySupervisor, cancellationToken)).Select(s => s.Id).Distinct().ToList();
        await outbox.EnqueueAsync(new OutboxRequest(
            OutboxKinds.PreAuditTalkMissing,
            $"preaudit-talk-missing:{project.Id}",
            new OutboundMessage(AuditProjectTexts.TalkMissing(project.Name, DomainNames.Date(project.StartDate), leader), AuditProjectTexts.TalkMissingTitle),
            told), cancellationToken);
    }

    /// <summary>Sends the team its discipline reminder unless it has it already (the talk was recorded, or an earlier run
    /// sent it).</summary>
    public async Task EnsureTeamRemindedAsync(AuditProject project, CancellationToken cancellationToken)
    {
        if (project.TeamReminderMessageId is null)
        {
            await RemindTeamAsync(project, cancellationToken);
        }
    }

    /// <summary>The working day before 进点: the last call for the talk, and the day by which the team has its reminder.</summary>
    public static DateOnly LastCallDay(WorkCalendar calendar, AuditProject project) => calendar.WorkdaysBefore(project.StartDate, 1);

    /// <summary>Records the pre-audit collective talk with the whole team and sends the team its reminder.</summary>
    public async Task<IntegrityTalk?> RecordTalkAsync(Staff leader, int projectId, DateOnly heldOn, string summary, CancellationToken cancellationToken)
    {
        var project = await db.AuditProjects.Include(p => p.Members).FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        if (project is null || project.PreAuditTalkId is not null)
        {
            return null;
        }

        await using var transaction = await db.Database.BeginOrJoinTransactionAsync(cancellationToken);
        var talk = await talks.RecordAsync(leader, [.. project.Members.Select(m => m.StaffId)], TalkForm.Collective, heldOn, summary, project.Id, cancellationToken);
        var found = AuditRecords.Of(project);
        project.PreAuditTalkId = talk.Id;
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(leader.Id, "project.talk-recorded", AuditRecords.Of(project), new { talk = talk.Id }, found, cancellationToken);
        await EnsureTeamRemindedAsync(project, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return talk;
    }

    public async Task<TeamConfirmations?> ConfirmationsAsync(int projectId, CancellationToken cancellationToken)
    {
        var project = await db.AuditProjects.AsNoTracking().Include(p => p.Members).ThenInclude(m => m.Staff)
            .FirstOrDefaultAsync(p => p.Id == projectId, cancellationToken);
        if (project is null)
        {
            return null;
        }

        var team = project.Members.Select(m => m.Staff!).OrderBy(s => s.Id).ToList();
        if (project.TeamReminderMessageId is not { } messageId)
        {
            return new TeamConfirmations(project, [], team, false);
        }

        var confirmed = await db.Deliveries.AsNoTracking()
            .Where(d => d.MessageId == messageId && d.ConfirmedAt != null).Select(d => d.RecipientId).Distinct().ToListAsync(cancellationToken);
        return new TeamConfirmations(project, [.. team.Where(s => confirmed.Contains(s.Id))], [.. team.Where(s => !confirmed.Contains(s.Id))], true);
    }

    /// <summary>The projects a person leads, is responsible for or registered, the latest first; for a 廉政监督员 every
    /// project not yet finished (or finished within the last month), as she oversees them all.</summary>
    public Task<List<AuditProject>> OfAsync(Staff staff, CancellationToken cancellationToken)
    {
        var id = staff.Id;
        var today = clock.Today;
        var recent = today.AddDays(-31);
        var all = staff.HasRole(StaffRole.IntegritySupervisor);
        // Those on site first, then those starting soonest, then the rest, latest first: a long list keeps what matters now.
        return db.AuditProjects.AsNoTracking()
            .Where(p => p.TeamLeaderId == id || p.ResponsibleLeaderId == id || p.RegisteredById == id
                || (all && (p.EndDate ?? p.StartDate) >= recent))
            .OrderBy(p => p.StartDate <= today && (p.EndDate ?? p.StartDate) >= today ? 0 : p.StartDate > today ? 1 : 2)
            .ThenBy(p => p.StartDate > today ? p.StartDate : DateOnly.MaxValue)
            .ThenByDescending(p => p.StartDate).ThenByDescending(p => p.Id).Take(20).ToListAsync(cancellationToken);
    }

    private async Task AskForTalkAsync(AuditProject project, bool last, CancellationToken cancellationToken)
    {
        var memberIds = project.Members.Select(m => m.StaffId).ToList();
        var team = await db.Staff.AsNoTracking().Where(s => memberIds.Contains(s.Id)).OrderBy(s => s.Id).Select(s => s.Name).ToListAsync(cancellationToken);
        var text = last
            ? AuditProjectTexts.TalkLastCall(project.Name, DomainNames.Date(project.StartDate), string.Join("、", team))
            : AuditProjectTexts.TalkDue(project.Name, DomainNames.Date(project.StartDate), string.Join("、", team));
        await outbox.EnqueueAsync(new OutboxRequest(
            OutboxKinds.PreAuditTalkDue,
            $"preaudit-talk:{project.Id}:{(last ? "last" : "first")}",
            new OutboundMessage(text, AuditProjectTexts.TalkDueTitle,
                Buttons: [new MessageButton(AuditProjectTexts.RecordTalk, Actions.Start(DialogIds.RecordTalk, "project-" + Id(project.Id)))]),
            [project.ResponsibleLeaderId]), cancellationToken);
    }

    private async Task RemindTeamAsync(AuditProject project, CancellationToken cancellationToken)
    {
        // Those who have not committed are reminded, once, at 09:00 of the next working day (the reminder sweep).
        var calendar = await calendars.LoadAsync(cancellationToken);
        var next = clock.Today.AddDays(1);
        while (!calendar.IsWorkday(next))
        {
            next = next.AddDays(1);
        }

        var message = await outbox.EnqueueAsync(new OutboxRequest(
            OutboxKinds.PreAuditReminder,
            $"preaudit-reminder:{project.Id}",
            new OutboundMessage(AuditProjectTexts.Reminder(project.Name, DomainNames.Date(project.StartDate)),
                AuditProjectTexts.ReminderTitle, Buttons: [AuditDiscipline.ShowFullTextButton]),
            [.. project.Members.Select(m => m.StaffId)],
            AuditProjectTexts.ReminderConfirmLabel,
            RemindAt: clock.ToUtc(next, NextWorkdayReminderTime)), cancellationToken);
        project.TeamReminderMessageId = message.Id;
        await db.AuditProjects.Where(p => p.Id == project.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(p => p.TeamReminderMessageId, message.Id), cancellationToken);
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
