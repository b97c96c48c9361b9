using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lianzheng.Core.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class FaultTolerance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SourceKey",
                table: "IntegrityTalks",
                type: "TEXT",
                maxLength: 320,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RepliedAt",
                table: "InboundWork",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Replies",
                table: "InboundWork",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RepliesSent",
                table: "InboundWork",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ReplyAttempts",
                table: "InboundWork",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "CallKey",
                table: "Deliveries",
                type: "TEXT",
                maxLength: 80,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourceKey",
                table: "AuditProjects",
                type: "TEXT",
                maxLength: 320,
                nullable: true);

            // Every entry written before this migration was hashed with unkeyed SHA-256: scheme 1. The default only fills
            // the existing rows; the model has none, so a new entry always states its scheme (AuditTrail writes 2).
            migrationBuilder.AddColumn<int>(
                name: "Scheme",
                table: "AuditEntries",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<string>(
                name: "State",
                table: "AuditEntries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ChannelTenants",
                columns: table => new
                {
                    Channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RememberedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChannelTenants", x => x.Channel);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IntegrityTalks_SourceKey",
                table: "IntegrityTalks",
                column: "SourceKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InboundWork_RepliedAt",
                table: "InboundWork",
                column: "RepliedAt");

            migrationBuilder.CreateIndex(
                name: "IX_AuditProjects_SourceKey",
                table: "AuditProjects",
                column: "SourceKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_EntityType_EntityId",
                table: "AuditEntries",
                columns: new[] { "EntityType", "EntityId" });

            // Messages processed before this version sent their replies within their turn: nothing is left to send.
            migrationBuilder.Sql("UPDATE \"InboundWork\" SET \"RepliedAt\" = \"ProcessedAt\" WHERE \"ProcessedAt\" IS NOT NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChannelTenants");

            migrationBuilder.DropIndex(
                name: "IX_IntegrityTalks_SourceKey",
                table: "IntegrityTalks");

            migrationBuilder.DropIndex(
                name: "IX_InboundWork_RepliedAt",
                table: "InboundWork");

            migrationBuilder.DropIndex(
                name: "IX_AuditProjects_SourceKey",
                table: "AuditProjects");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_EntityType_EntityId",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "SourceKey",
                table: "IntegrityTalks");

            migrationBuilder.DropColumn(
                name: "RepliedAt",
                table: "InboundWork");

            migrationBuilder.DropColumn(
                name: "Replies",
                table: "InboundWork");

            migrationBuilder.DropColumn(
                name: "RepliesSent",
                table: "InboundWork");

            migrationBuilder.DropColumn(
                name: "ReplyAttempts",
                table: "InboundWork");

            migrationBuilder.DropColumn(
                name: "CallKey",
                table: "Deliveries");

            migrationBuilder.DropColumn(
                name: "SourceKey",
                table: "AuditProjects");

            migrationBuilder.DropColumn(
                name: "Scheme",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "State",
                table: "AuditEntries");
        }
    }
}
