using Lianzheng.Core.Personnel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lianzheng.Core.Persistence.EntityConfigurations;

internal sealed class StaffConfiguration : IEntityTypeConfiguration<Staff>
{
    public void Configure(EntityTypeBuilder<Staff> builder)
    {
        builder.Property(s => s.EmployeeNo).HasMaxLength(32);
        builder.HasIndex(s => s.EmployeeNo).IsUnique();
        builder.Property(s => s.Name).HasMaxLength(64);
        builder.Property(s => s.Email).HasMaxLength(256);
        builder.HasIndex(s => s.Email);
        builder.Property(s => s.Mobile).HasMaxLength(32);
        builder.Property(s => s.TimeZoneId).HasMaxLength(64);
        builder.HasOne(s => s.Section).WithMany(s => s.Members).HasForeignKey(s => s.SectionId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(s => s.Roles).WithOne().HasForeignKey(r => r.StaffId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.ChannelIdentities).WithOne().HasForeignKey(c => c.StaffId).OnDelete(DeleteBehavior.Cascade);
    }
}
