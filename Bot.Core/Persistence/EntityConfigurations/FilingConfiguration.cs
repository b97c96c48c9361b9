using Lianzheng.Core.Filings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lianzheng.Core.Persistence.EntityConfigurations;

internal sealed class FilingConfiguration : IEntityTypeConfiguration<Filing>
{
    public void Configure(EntityTypeBuilder<Filing> builder)
    {
        builder.HasOne(f => f.Filer).WithMany().HasForeignKey(f => f.FilerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => new { f.FilerId, f.Status });
        builder.Property(f => f.SubmissionKey).HasMaxLength(64);
        builder.HasIndex(f => f.SubmissionKey).IsUnique();
        builder.Property(f => f.Place).HasMaxLength(200);
        builder.Property(f => f.Destination).HasMaxLength(200);
        builder.Property(f => f.Purpose).HasMaxLength(200);
        builder.Property(f => f.Companions).HasMaxLength(200);
        builder.Property(f => f.WithdrawalReason).HasMaxLength(200);
        builder.Property(f => f.Version).IsConcurrencyToken();
        builder.Ignore(f => f.IsBanquet);
        builder.OwnsOne(f => f.FollowUp, followUp =>
        {
            followUp.Property(r => r.Note).HasMaxLength(500);
        });
    }
}
