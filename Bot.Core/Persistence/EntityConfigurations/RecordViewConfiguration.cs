using Lianzheng.Core.Personnel;
using Lianzheng.Core.Workbench;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lianzheng.Core.Persistence.EntityConfigurations;

internal sealed class RecordViewConfiguration : IEntityTypeConfiguration<RecordView>
{
    public void Configure(EntityTypeBuilder<RecordView> builder)
    {
        builder.Property(v => v.EntityType).HasMaxLength(64);
        builder.Property(v => v.EntityId).HasMaxLength(64);
        builder.HasOne<Staff>().WithMany().HasForeignKey(v => v.ViewerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Staff>().WithMany().HasForeignKey(v => v.OwnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.OwnerId, v.At });
        builder.HasIndex(v => v.At);
    }
}
