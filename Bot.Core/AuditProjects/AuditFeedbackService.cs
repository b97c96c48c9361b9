using System.Globalization;
using Lianzheng.Core.Audit;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Personnel;
using Lianzheng.Core.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lianzheng.Core.AuditProjects;

/// <summary>The 廉政回访: the audited unit answers, on a public page, how the team kept the discipline; each answer is
/// stored and sent to the 廉政监督员. The page is open from registration until <see cref="AuditProjectOptions.FeedbackDays"/>
/// after 离场.</summary>
public sealed class AuditFeedbackService(
    LianzhengDbContext db, AuditTrail audit, OutboxWriter outbox, StaffDirectory directory, IOptions<AuditProjectOptions> options,
    IOptions<BureauOptions> bureau, BureauClock clock)
{
    public async Task<FeedbackForm> OpenAsync(string code, CancellationToken cancellationToken)
    {
        var project = await FindAsync(code, cancellationToken);
        if (project is null)
        {
            return new FeedbackForm(FeedbackFormState.NotFound, bureau.Value.Name);
        }

        var until = OpenUntil(project);
        return new FeedbackForm(clock.Today > until ? FeedbackFormState.Expired : FeedbackFormState.Open, bureau.Value.Name, project.Name, until,
            options.Value.ReportingPhone);
    }

    /// <summary>Stores an answer, once per submission key, and tells the 廉政监督员.</summary>
    public async Task<FeedbackOutcome> SubmitAsync(string code, string submissionKey, FeedbackAnswers answers, CancellationToken cancellationToken)
    {
        var project = await FindAsync(code, cancellationToken);
        if (project is null)
        {
            return FeedbackOutcome.NotFound;
        }

        if (clock.Today > OpenUntil(project))
        {
            return FeedbackOutcome.Expired;
        }

        await using var transaction = await db.Database.BeginOrJoinTransactionAsync(cancellationToken);
        if (await db.AuditFeedback.AnyAsync(f => f.SubmissionKey == submissionKey, cancellationToken))
        {
            return FeedbackOutcome.AlreadyStored;
        }

        var feedback = new AuditFeedback
        {
            ProjectId = project.Id,
            SubmittedAt = clock.UtcNow,
            SubmissionKey = submissionKey,
            Issues = [.. answers.Issues.OrderBy(i => i.Key).Select(i => new AuditFeedbackIssue { Topic = i.Key, Details = i.Value })],
            Rating = answers.Rating,
            Remarks = answers.Remarks,
            Contact = answers.Contact,
        };
        db.AuditFeedback.Add(feedback);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (DatabaseErrors.IsUniqueViolation(ex))
        {
            // The same form, sent twice at once (a double tap): the other request stored it.
            return FeedbackOutcome.AlreadyStored;
        }

        await audit.AppendAsync(null, "project.feedback-received", AuditRecords.Of(feedback), new { project = project.Id }, cancellationToken);

        // What anyone who scans the poster typed goes into the supervisors' chat inert (PublicText.Inert): no link or
        // formatting a card would render. The stored answer keeps it as written.
        var lines = Enum.GetValues<FeedbackTopic>()
            .Select(t => AuditProjectTexts.FeedbackTopicLine(AuditProjectTexts.TopicName(t), PublicText.Inert(answers.Issues.GetValueOrDefault(t))))
            .ToList();
        if (answers.Remarks is { } remarks)
        {
            lines.Add(AuditProjectTexts.FeedbackRemarks(PublicText.Inert(remarks)!));
        }

        if (answers.Contact is { } contact)
        {
            lines.Add(AuditProjectTexts.FeedbackContact(PublicText.Inert(contact)!));
        }

        var supervisors = (await directory.WithRoleAsync(StaffRole.IntegritySupervisor, cancellationToken)).Select(s => s.Id).ToList();
        await outbox.EnqueueAsync(new OutboxRequest(
            OutboxKinds.AuditFeedback,
            "audit-feedback:" + feedback.Id.ToString(CultureInfo.InvariantCulture),
            new OutboundMessage(AuditProjectTexts.FeedbackReceived(project.Name, string.Join("\n", lines), AuditProjectTexts.RatingName(answers.Rating)),
                AuditProjectTexts.FeedbackReceivedTitle),
            supervisors), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return FeedbackOutcome.Stored;
    }

    private DateOnly OpenUntil(AuditProject project) => (project.EndDate ?? project.StartDate).AddDays(options.Value.FeedbackDays);

    private async Task<AuditProject?> FindAsync(string code, CancellationToken cancellationToken) =>
        AccessCodes.IsWellFormed(code)
            ? await db.AuditProjects.AsNoTracking().FirstOrDefaultAsync(p => p.FeedbackCode == code, cancellationToken)
            : null;
}
