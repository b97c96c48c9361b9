using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lianzheng.Core.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AuditKeyed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_EntityType_EntityId",
                table: "AuditEntries",
                columns: new[] { "EntityType", "EntityId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_EntityType_EntityId",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "Scheme",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "State",
                table: "AuditEntries");
        }
    }
}
