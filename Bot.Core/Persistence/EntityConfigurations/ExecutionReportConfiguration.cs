using Lianzheng.Core.AuditProjects;
using Lianzheng.Core.Personnel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lianzheng.Core.Persistence.EntityConfigurations;

internal sealed class ExecutionReportConfiguration : IEntityTypeConfiguration<ExecutionReport>
{
    public void Configure(EntityTypeBuilder<ExecutionReport> builder)
    {
        builder.HasOne(r => r.Project).WithMany().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.ProjectId).IsUnique(); // one report per project
        builder.HasOne(r => r.ReportedBy).WithMany().HasForeignKey(r => r.ReportedById).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.Incident).HasMaxLength(ExecutionReportDraft.MaxTextLength);
        builder.Property(r => r.IncidentPeople).HasMaxLength(ExecutionReportDraft.MaxTextLength);
        builder.Property(r => r.IncidentHandling).HasMaxLength(ExecutionReportDraft.MaxTextLength);
        builder.Property(r => r.SourceKey).HasMaxLength(320);
        builder.HasIndex(r => r.SourceKey).IsUnique();
        builder.OwnsMany(r => r.Entries, entries =>
        {
            entries.ToTable("ExecutionReportEntries");
            entries.WithOwner().HasForeignKey(e => e.ReportId);
            entries.HasKey(e => new { e.ReportId, e.StaffId });
            entries.HasOne<Staff>().WithMany().HasForeignKey(e => e.StaffId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
