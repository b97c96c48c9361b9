using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lianzheng.Core.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class WorkbenchDeliveryCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Deliveries_MessageId_ConfirmedAt",
                table: "Deliveries");

            migrationBuilder.CreateIndex(
                name: "IX_Deliveries_MessageId_RecipientId_Status_ConfirmedAt",
                table: "Deliveries",
                columns: new[] { "MessageId", "RecipientId", "Status", "ConfirmedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Deliveries_MessageId_RecipientId_Status_ConfirmedAt",
                table: "Deliveries");

            migrationBuilder.CreateIndex(
                name: "IX_Deliveries_MessageId_ConfirmedAt",
                table: "Deliveries",
                columns: new[] { "MessageId", "ConfirmedAt" });
        }
    }
}
