using Lianzheng.Core.Announcements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lianzheng.Core.Persistence.EntityConfigurations;

internal sealed class RecurringAnnouncementConfiguration : IEntityTypeConfiguration<RecurringAnnouncement>
{
    public void Configure(EntityTypeBuilder<RecurringAnnouncement> builder)
    {
        // The table keeps the name it was created with, from before these were called announcements.
        builder.ToTable("RecurringMessages");
        builder.Property(m => m.Title).HasMaxLength(200);
        builder.Property(m => m.Text).HasMaxLength(2000);
        builder.Property(m => m.ConfirmLabel).HasMaxLength(16);
        builder.HasIndex(m => new { m.IsActive, m.SenderId });
    }
}
