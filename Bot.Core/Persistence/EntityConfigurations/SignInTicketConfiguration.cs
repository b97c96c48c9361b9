using Lianzheng.Core.Workbench;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lianzheng.Core.Persistence.EntityConfigurations;

internal sealed class SignInTicketConfiguration : IEntityTypeConfiguration<SignInTicket>
{
    public void Configure(EntityTypeBuilder<SignInTicket> builder)
    {
        builder.Property(t => t.TicketHash).HasMaxLength(64);
        builder.HasIndex(t => t.TicketHash).IsUnique();
        builder.HasOne(t => t.Staff).WithMany().HasForeignKey(t => t.StaffId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => t.ExpiresAt);
    }
}
