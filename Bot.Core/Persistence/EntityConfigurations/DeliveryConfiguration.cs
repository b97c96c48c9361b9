using Lianzheng.Core.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lianzheng.Core.Persistence.EntityConfigurations;

internal sealed class DeliveryConfiguration : IEntityTypeConfiguration<Delivery>
{
    public void Configure(EntityTypeBuilder<Delivery> builder)
    {
        builder.Property(d => d.Channel).HasMaxLength(16);
        builder.HasIndex(d => new { d.MessageId, d.RecipientId, d.Channel }).IsUnique();
        builder.HasIndex(d => new { d.Channel, d.Status, d.NextAttemptAt });
        builder.HasIndex(d => new { d.RecipientId, d.Channel, d.Id });
        // Covers the 工作台's counts per message (people, reached, confirmed): read from the index alone, without a row
        // lookup per delivery; a message's lists (unconfirmed, not reached) start from it too.
        builder.HasIndex(d => new { d.MessageId, d.RecipientId, d.Status, d.ConfirmedAt });
        builder.HasOne(d => d.Recipient).WithMany().HasForeignKey(d => d.RecipientId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(d => d.LastError).HasMaxLength(500);
        builder.Property(d => d.ChannelMessageId).HasMaxLength(300);
        builder.Property(d => d.LeaseOwner).HasMaxLength(200);
        builder.Property(d => d.CallKey).HasMaxLength(80);
    }
}
