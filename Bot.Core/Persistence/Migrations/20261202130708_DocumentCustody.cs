using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lianzheng.Core.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DocumentCustody : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TravelDocuments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    HolderId = table.Column<int>(type: "INTEGER", nullable: false),
                    Type = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    HandedInOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    RegisteredById = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TravelDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TravelDocuments_Staff_HolderId",
                        column: x => x.HolderId,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TravelDocuments_Staff_RegisteredById",
                        column: x => x.RegisteredById,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DocumentCheckouts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DocumentId = table.Column<int>(type: "INTEGER", nullable: false),
                    TripId = table.Column<int>(type: "INTEGER", nullable: false),
                    DrawnOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DrawnRecordedById = table.Column<int>(type: "INTEGER", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReturnedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReturnRecordedById = table.Column<int>(type: "INTEGER", nullable: true),
                    ReturnReportAsked = table.Column<bool>(type: "INTEGER", nullable: false),
                    RemindersSent = table.Column<int>(type: "INTEGER", nullable: false),
                    LastRemindedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EscalatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentCheckouts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DocumentCheckouts_Filings_TripId",
                        column: x => x.TripId,
                        principalTable: "Filings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DocumentCheckouts_Staff_DrawnRecordedById",
                        column: x => x.DrawnRecordedById,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DocumentCheckouts_Staff_ReturnRecordedById",
                        column: x => x.ReturnRecordedById,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DocumentCheckouts_TravelDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "TravelDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DocumentCheckouts_DocumentId",
                table: "DocumentCheckouts",
                column: "DocumentId",
                unique: true,
                filter: "\"ReturnedOn\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_DocumentCheckouts_DrawnRecordedById",
                table: "DocumentCheckouts",
                column: "DrawnRecordedById");

            migrationBuilder.CreateIndex(
                name: "IX_DocumentCheckouts_ReturnRecordedById",
                table: "DocumentCheckouts",
                column: "ReturnRecordedById");

            migrationBuilder.CreateIndex(
                name: "IX_DocumentCheckouts_TripId",
                table: "DocumentCheckouts",
                column: "TripId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TravelDocuments_HolderId",
                table: "TravelDocuments",
                column: "HolderId");

            migrationBuilder.CreateIndex(
                name: "IX_TravelDocuments_RegisteredById",
                table: "TravelDocuments",
                column: "RegisteredById");

            migrationBuilder.CreateIndex(
                name: "IX_TravelDocuments_Type_Number",
                table: "TravelDocuments",
                columns: new[] { "Type", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DocumentCheckouts");

            migrationBuilder.DropTable(
                name: "TravelDocuments");
        }
    }
}
