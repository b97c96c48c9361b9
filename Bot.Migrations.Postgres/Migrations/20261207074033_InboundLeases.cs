using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lianzheng.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class InboundLeases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LeaseOwner",
                table: "InboundWork",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LeaseUntil",
                table: "InboundWork",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_InboundWork_LeaseUntil_LeaseOwner",
                table: "InboundWork",
                columns: new[] { "LeaseUntil", "LeaseOwner" },
                filter: "\"RepliedAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_InboundWork_LeaseUntil_LeaseOwner",
                table: "InboundWork");

            migrationBuilder.DropColumn(
                name: "LeaseOwner",
                table: "InboundWork");

            migrationBuilder.DropColumn(
                name: "LeaseUntil",
                table: "InboundWork");
        }
    }
}
