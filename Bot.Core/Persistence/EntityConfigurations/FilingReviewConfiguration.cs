using Lianzheng.Core.Filings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lianzheng.Core.Persistence.EntityConfigurations;

internal sealed class FilingReviewConfiguration : IEntityTypeConfiguration<FilingReview>
{
    public void Configure(EntityTypeBuilder<FilingReview> builder)
    {
        builder.HasOne(r => r.Filing).WithMany(f => f.Reviews).HasForeignKey(r => r.FilingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Reviewer).WithMany().HasForeignKey(r => r.ReviewerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.FilingId, r.DecidedAt });
        builder.Property(r => r.Opinion).HasMaxLength(500);
    }
}
