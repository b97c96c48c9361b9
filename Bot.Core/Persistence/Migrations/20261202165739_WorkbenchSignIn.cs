using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lianzheng.Core.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class WorkbenchSignIn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SignInTickets",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TicketHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StaffId = table.Column<int>(type: "INTEGER", nullable: false),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UsedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignInTickets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SignInTickets_Staff_StaffId",
                        column: x => x.StaffId,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SignInTickets_ExpiresAt",
                table: "SignInTickets",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_SignInTickets_StaffId",
                table: "SignInTickets",
                column: "StaffId");

            migrationBuilder.CreateIndex(
                name: "IX_SignInTickets_TicketHash",
                table: "SignInTickets",
                column: "TicketHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SignInTickets");
        }
    }
}
