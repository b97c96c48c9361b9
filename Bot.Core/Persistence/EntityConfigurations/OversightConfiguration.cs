using Lianzheng.Core.Personnel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lianzheng.Core.Persistence.EntityConfigurations;

internal sealed class OversightConfiguration : IEntityTypeConfiguration<Oversight>
{
    public void Configure(EntityTypeBuilder<Oversight> builder)
    {
        builder.HasKey(o => new { o.LeaderId, o.SectionId });
        builder.HasOne(o => o.Leader).WithMany().HasForeignKey(o => o.LeaderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(o => o.Section).WithMany().HasForeignKey(o => o.SectionId).OnDelete(DeleteBehavior.Cascade);
    }
}
