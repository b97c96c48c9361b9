using Lianzheng.Core.Inbound;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lianzheng.Core.Persistence.EntityConfigurations;

internal sealed class InboundWorkConfiguration : IEntityTypeConfiguration<InboundWork>
{
    public void Configure(EntityTypeBuilder<InboundWork> builder)
    {
        builder.Property(w => w.Channel).HasMaxLength(16);
        builder.Property(w => w.DedupKey).HasMaxLength(300);
        builder.Property(w => w.OrderKey).HasMaxLength(300);
        builder.Property(w => w.LastError).HasMaxLength(500);
        builder.HasIndex(w => new { w.Channel, w.DedupKey }).IsUnique();
        builder.HasIndex(w => w.ProcessedAt);
        builder.HasIndex(w => w.RepliedAt);
        builder.Property(w => w.LeaseOwner).HasMaxLength(200);
        // The messages still to answer, found by their lease without reading the handled ones (most rows).
        builder.HasIndex(w => new { w.LeaseUntil, w.LeaseOwner }).HasFilter("\"RepliedAt\" IS NULL");
        // A person's messages whose turn has not run, in order (with several replicas, each turn looks for an earlier one).
        builder.HasIndex(w => new { w.OrderKey, w.Id }).HasFilter("\"ProcessedAt\" IS NULL");
    }
}
