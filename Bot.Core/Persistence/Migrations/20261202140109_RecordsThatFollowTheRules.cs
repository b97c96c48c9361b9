using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lianzheng.Core.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class RecordsThatFollowTheRules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "FollowUpOn",
                table: "IntegrityTalks",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Kind",
                table: "IntegrityTalks",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.CreateTable(
                name: "DeclinedOffers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StaffId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    OfferedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    EstimatedValue = table.Column<int>(type: "INTEGER", nullable: true),
                    OfferedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Handling = table.Column<int>(type: "INTEGER", nullable: false),
                    AuditProjectId = table.Column<int>(type: "INTEGER", nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SourceKey = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeclinedOffers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeclinedOffers_AuditProjects_AuditProjectId",
                        column: x => x.AuditProjectId,
                        principalTable: "AuditProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DeclinedOffers_Staff_StaffId",
                        column: x => x.StaffId,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DeclinedOffers_AuditProjectId",
                table: "DeclinedOffers",
                column: "AuditProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_DeclinedOffers_SourceKey",
                table: "DeclinedOffers",
                column: "SourceKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DeclinedOffers_StaffId_OfferedOn",
                table: "DeclinedOffers",
                columns: new[] { "StaffId", "OfferedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DeclinedOffers");

            migrationBuilder.DropColumn(
                name: "FollowUpOn",
                table: "IntegrityTalks");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "IntegrityTalks");
        }
    }
}
