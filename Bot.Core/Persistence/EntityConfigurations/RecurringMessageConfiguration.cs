using Lianzheng.Core.Announcements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lianzheng.Core.Persistence.EntityConfigurations;

internal sealed class RecurringMessageConfiguration : IEntityTypeConfiguration<RecurringAnnouncement>
{
    public void Configure(EntityTypeBuilder<RecurringAnnouncement> builder)
    {
        builder.Property(m => m.Title).HasMaxLength(200);
        builder.Property(m => m.Text).HasMaxLength(2000);
        builder.Property(m => m.ConfirmLabel).HasMaxLength(16);
        builder.HasIndex(m => new { m.IsActive, m.SenderId });
    }
}
