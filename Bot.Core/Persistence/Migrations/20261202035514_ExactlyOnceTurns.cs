using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lianzheng.Core.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ExactlyOnceTurns : Migration
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
                name: "SourceKey",
                table: "AuditProjects",
                type: "TEXT",
                maxLength: 320,
                nullable: true);

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

            // Messages processed before this version sent their replies within their turn: nothing is left to send.
            migrationBuilder.Sql("UPDATE \"InboundWork\" SET \"RepliedAt\" = \"ProcessedAt\" WHERE \"ProcessedAt\" IS NOT NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_IntegrityTalks_SourceKey",
                table: "IntegrityTalks");

            migrationBuilder.DropIndex(
                name: "IX_InboundWork_RepliedAt",
                table: "InboundWork");

            migrationBuilder.DropIndex(
                name: "IX_AuditProjects_SourceKey",
                table: "AuditProjects");

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
                name: "SourceKey",
                table: "AuditProjects");
        }
    }
}
