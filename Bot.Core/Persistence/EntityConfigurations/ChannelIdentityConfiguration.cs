using Lianzheng.Core.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lianzheng.Core.Persistence.EntityConfigurations;

internal sealed class ChannelIdentityConfiguration : IEntityTypeConfiguration<ChannelIdentity>
{
    public void Configure(EntityTypeBuilder<ChannelIdentity> builder)
    {
        builder.Property(c => c.Channel).HasMaxLength(16);
        builder.Property(c => c.ChannelUserId).HasMaxLength(256);
        builder.HasIndex(c => new { c.Channel, c.ChannelUserId }).IsUnique();
        builder.HasIndex(c => new { c.StaffId, c.Channel }).IsUnique();
    }
}
