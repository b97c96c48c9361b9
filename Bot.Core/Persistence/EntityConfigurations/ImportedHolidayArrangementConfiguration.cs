using Lianzheng.Core.Holidays;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lianzheng.Core.Persistence.EntityConfigurations;

internal sealed class ImportedHolidayArrangementConfiguration : IEntityTypeConfiguration<ImportedHolidayArrangement>
{
    public void Configure(EntityTypeBuilder<ImportedHolidayArrangement> builder)
    {
        builder.HasKey(a => a.Year);
        builder.Property(a => a.Year).ValueGeneratedNever();
    }
}
