using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lianzheng.Core.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class FilingsReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

            migrationBuilder.CreateIndex(
                name: "IX_Filings_Status",
                table: "Filings",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_FilingReviews_FilingId_DecidedAt",
                table: "FilingReviews",
                columns: new[] { "FilingId", "DecidedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_FilingReviews_ReviewerId",
                table: "FilingReviews",
                column: "ReviewerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FilingReviews");

            migrationBuilder.DropIndex(
                name: "IX_Filings_Status",
                table: "Filings");

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
