using Lianzheng.Core.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lianzheng.Core.Persistence.EntityConfigurations;

internal sealed class DispatcherHeartbeatConfiguration : IEntityTypeConfiguration<DispatcherHeartbeat>
{
    public void Configure(EntityTypeBuilder<DispatcherHeartbeat> builder)
    {
        builder.HasKey(h => h.Owner);
        builder.Property(h => h.Owner).HasMaxLength(200);
    }
}
