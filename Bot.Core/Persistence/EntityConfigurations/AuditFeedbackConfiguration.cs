using Lianzheng.Core.AuditProjects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lianzheng.Core.Persistence.EntityConfigurations;

internal sealed class AuditFeedbackConfiguration : IEntityTypeConfiguration<AuditFeedback>
{
    public void Configure(EntityTypeBuilder<AuditFeedback> builder)
    {
        builder.ToTable("AuditFeedback");
        builder.HasOne(f => f.Project).WithMany().HasForeignKey(f => f.ProjectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => f.ProjectId);
        builder.Property(f => f.SubmissionKey).HasMaxLength(AccessCodes.Length);
        builder.HasIndex(f => f.SubmissionKey).IsUnique();
        builder.Property(f => f.Remarks).HasMaxLength(FeedbackAnswers.MaxRemarksLength);
        builder.Property(f => f.Contact).HasMaxLength(FeedbackAnswers.MaxContactLength);
        builder.OwnsMany(f => f.Issues, issues =>
        {
            issues.ToTable("AuditFeedbackIssues");
            issues.WithOwner().HasForeignKey(i => i.FeedbackId);
            issues.HasKey(i => new { i.FeedbackId, i.Topic });
            issues.Property(i => i.Details).HasMaxLength(FeedbackAnswers.MaxDetailsLength);
        });
    }
}
