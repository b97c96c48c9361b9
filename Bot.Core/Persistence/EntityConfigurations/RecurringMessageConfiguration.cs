using Lianzheng.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lianzheng.Core.Persistence.EntityConfigurations;

internal sealed class RecurringMessageConfiguration : IEntityTypeConfiguration<RecurringMessage>
{
    public void Configure(EntityTypeBuilder<RecurringMessage> builder)
    {
        builder.Property(m => m.Title).HasMaxLength(200);
        builder.Property(m => m.Text).HasMaxLength(2000);
        builder.Property(m => m.ConfirmLabel).HasMaxLength(16);
        builder.HasIndex(m => new { m.IsActive, m.SenderId });
    }
}
