using Lianzheng.Core.Offers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lianzheng.Core.Persistence.EntityConfigurations;

internal sealed class DeclinedOfferConfiguration : IEntityTypeConfiguration<DeclinedOffer>
{
    public void Configure(EntityTypeBuilder<DeclinedOffer> builder)
    {
        builder.Property(o => o.OfferedBy).HasMaxLength(200);
        builder.Property(o => o.Description).HasMaxLength(500);
        builder.HasOne(o => o.Staff).WithMany().HasForeignKey(o => o.StaffId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(o => o.AuditProject).WithMany().HasForeignKey(o => o.AuditProjectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => new { o.StaffId, o.OfferedOn });
        builder.Property(o => o.SourceKey).HasMaxLength(320);
        builder.HasIndex(o => o.SourceKey).IsUnique();
    }
}
