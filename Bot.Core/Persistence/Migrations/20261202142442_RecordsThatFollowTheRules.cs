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

            migrationBuilder.AddColumn<int>(
                name: "AssignedReviewerId",
                table: "Filings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Cars",
                table: "Filings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CelebrationKind",
                table: "Filings",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DocumentNumber",
                table: "Filings",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DocumentType",
                table: "Filings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FollowUp_Cars",
                table: "Filings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FollowUp_Cost",
                table: "Filings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FollowUp_GiftHandling",
                table: "Filings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FollowUp_GiftItems",
                table: "Filings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FollowUp_GiftMoney",
                table: "Filings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FollowUp_GuestScope",
                table: "Filings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "FollowUp_OfficialCars",
                table: "Filings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "FollowUp_PledgeBroken",
                table: "Filings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FollowUp_PledgeNote",
                table: "Filings",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FundingSource",
                table: "Filings",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "HeldJointly",
                table: "Filings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsLate",
                table: "Filings",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "LateReason",
                table: "Filings",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "OfficialCars",
                table: "Filings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "OverScale",
                table: "Filings",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "ReviewRequestedAt",
                table: "Filings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ScaleReason",
                table: "Filings",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "SecretPost",
                table: "Filings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Transit",
                table: "Filings",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

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

            migrationBuilder.CreateTable(
                name: "FilingReviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FilingId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Decision = table.Column<int>(type: "INTEGER", nullable: false),
                    Opinion = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FilingReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FilingReviews_Filings_FilingId",
                        column: x => x.FilingId,
                        principalTable: "Filings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FilingReviews_Staff_ReviewerId",
                        column: x => x.ReviewerId,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

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
                name: "IX_Filings_Status",
                table: "Filings",
                column: "Status");

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
                name: "IX_FilingReviews_FilingId_DecidedAt",
                table: "FilingReviews",
                columns: new[] { "FilingId", "DecidedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_FilingReviews_ReviewerId",
                table: "FilingReviews",
                column: "ReviewerId");

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
                name: "DeclinedOffers");

            migrationBuilder.DropTable(
                name: "DocumentCheckouts");

            migrationBuilder.DropTable(
                name: "FilingReviews");

            migrationBuilder.DropTable(
                name: "TravelDocuments");

            migrationBuilder.DropIndex(
                name: "IX_Filings_Status",
                table: "Filings");

            migrationBuilder.DropColumn(
                name: "FollowUpOn",
                table: "IntegrityTalks");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "IntegrityTalks");

            migrationBuilder.DropColumn(
                name: "AssignedReviewerId",
                table: "Filings");

            migrationBuilder.DropColumn(
                name: "Cars",
                table: "Filings");

            migrationBuilder.DropColumn(
                name: "CelebrationKind",
                table: "Filings");

            migrationBuilder.DropColumn(
                name: "DocumentNumber",
                table: "Filings");

            migrationBuilder.DropColumn(
                name: "DocumentType",
                table: "Filings");

            migrationBuilder.DropColumn(
                name: "FollowUp_Cars",
                table: "Filings");

            migrationBuilder.DropColumn(
                name: "FollowUp_Cost",
                table: "Filings");

            migrationBuilder.DropColumn(
                name: "FollowUp_GiftHandling",
                table: "Filings");

            migrationBuilder.DropColumn(
                name: "FollowUp_GiftItems",
                table: "Filings");

            migrationBuilder.DropColumn(
                name: "FollowUp_GiftMoney",
                table: "Filings");

            migrationBuilder.DropColumn(
                name: "FollowUp_GuestScope",
                table: "Filings");

            migrationBuilder.DropColumn(
                name: "FollowUp_OfficialCars",
                table: "Filings");

            migrationBuilder.DropColumn(
                name: "FollowUp_PledgeBroken",
                table: "Filings");

            migrationBuilder.DropColumn(
                name: "FollowUp_PledgeNote",
                table: "Filings");

            migrationBuilder.DropColumn(
                name: "FundingSource",
                table: "Filings");

            migrationBuilder.DropColumn(
                name: "HeldJointly",
                table: "Filings");

            migrationBuilder.DropColumn(
                name: "IsLate",
                table: "Filings");

            migrationBuilder.DropColumn(
                name: "LateReason",
                table: "Filings");

            migrationBuilder.DropColumn(
                name: "OfficialCars",
                table: "Filings");

            migrationBuilder.DropColumn(
                name: "OverScale",
                table: "Filings");

            migrationBuilder.DropColumn(
                name: "ReviewRequestedAt",
                table: "Filings");

            migrationBuilder.DropColumn(
                name: "ScaleReason",
                table: "Filings");

            migrationBuilder.DropColumn(
                name: "SecretPost",
                table: "Filings");

            migrationBuilder.DropColumn(
                name: "Transit",
                table: "Filings");
        }
    }
}
