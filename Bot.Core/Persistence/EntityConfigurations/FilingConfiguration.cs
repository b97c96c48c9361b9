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
        builder.Property(f => f.CelebrationKind).HasMaxLength(100);
        builder.Property(f => f.ScaleReason).HasMaxLength(200);
        builder.Property(f => f.LateReason).HasMaxLength(200);
        builder.Property(f => f.DocumentNumber).HasMaxLength(32);
        builder.Property(f => f.Transit).HasMaxLength(200);
        builder.Property(f => f.FundingSource).HasMaxLength(100);
        builder.Property(f => f.OverScale).HasDefaultValue(false);
        builder.Property(f => f.IsLate).HasDefaultValue(false);
        builder.HasIndex(f => f.Status);
        builder.Property(f => f.Version).IsConcurrencyToken();
        builder.Ignore(f => f.IsBanquet);
        builder.Ignore(f => f.IsApproved);
        builder.OwnsOne(f => f.FollowUp, followUp =>
        {
            followUp.Property(r => r.Note).HasMaxLength(500);
            followUp.Property(r => r.PledgeNote).HasMaxLength(500);
        });
    }
}
