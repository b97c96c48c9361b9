using Lianzheng.Core.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lianzheng.Core.Persistence.EntityConfigurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.Property(m => m.Kind).HasMaxLength(32);
        builder.Property(m => m.SourceKey).HasMaxLength(200);
        builder.HasIndex(m => m.SourceKey).IsUnique();
        builder.Property(m => m.Title).HasMaxLength(200);
        builder.Property(m => m.ConfirmLabel).HasMaxLength(16);
        builder.Ignore(m => m.RequiresConfirmation);
        builder.HasIndex(m => m.RemindAt);
        builder.HasMany(m => m.Deliveries).WithOne(d => d.Message).HasForeignKey(d => d.MessageId).OnDelete(DeleteBehavior.Cascade);
    }
}
