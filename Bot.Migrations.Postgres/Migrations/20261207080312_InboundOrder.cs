using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lianzheng.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class InboundOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_InboundWork_OrderKey_Id",
                table: "InboundWork",
                columns: new[] { "OrderKey", "Id" },
                filter: "\"ProcessedAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_InboundWork_OrderKey_Id",
                table: "InboundWork");
        }
    }
}
