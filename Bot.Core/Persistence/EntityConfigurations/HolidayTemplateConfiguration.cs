using Lianzheng.Core.Holidays;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lianzheng.Core.Persistence.EntityConfigurations;

internal sealed class HolidayTemplateConfiguration : IEntityTypeConfiguration<HolidayTemplate>
{
    public void Configure(EntityTypeBuilder<HolidayTemplate> builder)
    {
        builder.HasKey(t => t.Key);
        builder.Property(t => t.Key).HasMaxLength(32);
        builder.Property(t => t.Text).HasMaxLength(2000);
    }
}
