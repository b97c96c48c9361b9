using Lianzheng.Core.Travel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lianzheng.Core.Persistence.EntityConfigurations;

internal sealed class TravelDocumentConfiguration : IEntityTypeConfiguration<TravelDocument>
{
    public void Configure(EntityTypeBuilder<TravelDocument> builder)
    {
        builder.HasOne(d => d.Holder).WithMany().HasForeignKey(d => d.HolderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Personnel.Staff>().WithMany().HasForeignKey(d => d.RegisteredById).OnDelete(DeleteBehavior.Restrict);
        builder.Property(d => d.Number).HasMaxLength(32);
        builder.HasIndex(d => new { d.Type, d.Number }).IsUnique();
        builder.HasIndex(d => d.HolderId);
        builder.Property(d => d.Version).IsConcurrencyToken();
    }
}
