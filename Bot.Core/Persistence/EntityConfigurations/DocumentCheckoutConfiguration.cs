using Lianzheng.Core.Travel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lianzheng.Core.Persistence.EntityConfigurations;

internal sealed class DocumentCheckoutConfiguration : IEntityTypeConfiguration<DocumentCheckout>
{
    public void Configure(EntityTypeBuilder<DocumentCheckout> builder)
    {
        builder.HasOne(c => c.Document).WithMany().HasForeignKey(c => c.DocumentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Trip).WithMany().HasForeignKey(c => c.TripId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Personnel.Staff>().WithMany().HasForeignKey(c => c.DrawnRecordedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Personnel.Staff>().WithMany().HasForeignKey(c => c.ReturnRecordedById).OnDelete(DeleteBehavior.Restrict);
        // A document is out for one trip at a time, and a trip draws one document.
        builder.HasIndex(c => c.DocumentId).IsUnique().HasFilter("\"ReturnedOn\" IS NULL");
        builder.HasIndex(c => c.TripId).IsUnique();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.IsOpen);
    }
}
