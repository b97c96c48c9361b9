using Lianzheng.Core.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lianzheng.Core.Persistence.EntityConfigurations;

internal sealed class ChannelTenantConfiguration : IEntityTypeConfiguration<ChannelTenant>
{
    public void Configure(EntityTypeBuilder<ChannelTenant> builder)
    {
        builder.HasKey(t => t.Channel);
        builder.Property(t => t.Channel).HasMaxLength(16);
        builder.Property(t => t.TenantId).HasMaxLength(64);
    }
}
