using Lianzheng.Core.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lianzheng.Core.Persistence.EntityConfigurations;

internal sealed class TeamsConversationConfiguration : IEntityTypeConfiguration<TeamsConversation>
{
    public void Configure(EntityTypeBuilder<TeamsConversation> builder)
    {
        builder.Property(c => c.TeamsUserId).HasMaxLength(300);
        builder.HasIndex(c => c.TeamsUserId).IsUnique();
        builder.HasIndex(c => c.StaffId);
        builder.Property(c => c.AadObjectId).HasMaxLength(64);
        builder.Property(c => c.UserName).HasMaxLength(200);
        builder.Property(c => c.TenantId).HasMaxLength(64);
        builder.Property(c => c.ServiceUrl).HasMaxLength(500);
        builder.Property(c => c.ConversationId).HasMaxLength(500);
        builder.Property(c => c.BotId).HasMaxLength(300);
    }
}
