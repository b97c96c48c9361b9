using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lianzheng.Core.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AuditProjectFieldwork : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "EndDate",
                table: "AuditProjects",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FeedbackCode",
                table: "AuditProjects",
                type: "TEXT",
                maxLength: 43,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NoticeCode",
                table: "AuditProjects",
                type: "TEXT",
                maxLength: 43,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AuditFeedback",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SubmissionKey = table.Column<string>(type: "TEXT", maxLength: 43, nullable: false),
                    Rating = table.Column<int>(type: "INTEGER", nullable: false),
                    Remarks = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditFeedback", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AuditFeedback_AuditProjects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "AuditProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ExecutionReports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportedById = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Incident = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    IncidentPeople = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    IncidentHandling = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SourceKey = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExecutionReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExecutionReports_AuditProjects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "AuditProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ExecutionReports_Staff_ReportedById",
                        column: x => x.ReportedById,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AuditFeedbackIssues",
                columns: table => new
                {
                    FeedbackId = table.Column<long>(type: "INTEGER", nullable: false),
                    Topic = table.Column<int>(type: "INTEGER", nullable: false),
                    Details = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditFeedbackIssues", x => new { x.FeedbackId, x.Topic });
                    table.ForeignKey(
                        name: "FK_AuditFeedbackIssues_AuditFeedback_FeedbackId",
                        column: x => x.FeedbackId,
                        principalTable: "AuditFeedback",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ExecutionReportEntries",
                columns: table => new
                {
                    ReportId = table.Column<long>(type: "INTEGER", nullable: false),
                    StaffId = table.Column<int>(type: "INTEGER", nullable: false),
                    KeptDiscipline = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExecutionReportEntries", x => new { x.ReportId, x.StaffId });
                    table.ForeignKey(
                        name: "FK_ExecutionReportEntries_ExecutionReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "ExecutionReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ExecutionReportEntries_Staff_StaffId",
                        column: x => x.StaffId,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditProjects_FeedbackCode",
                table: "AuditProjects",
                column: "FeedbackCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditProjects_NoticeCode",
                table: "AuditProjects",
                column: "NoticeCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditFeedback_ProjectId",
                table: "AuditFeedback",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditFeedback_SubmissionKey",
                table: "AuditFeedback",
                column: "SubmissionKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExecutionReportEntries_StaffId",
                table: "ExecutionReportEntries",
                column: "StaffId");

            migrationBuilder.CreateIndex(
                name: "IX_ExecutionReports_ProjectId",
                table: "ExecutionReports",
                column: "ProjectId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExecutionReports_ReportedById",
                table: "ExecutionReports",
                column: "ReportedById");

            migrationBuilder.CreateIndex(
                name: "IX_ExecutionReports_SourceKey",
                table: "ExecutionReports",
                column: "SourceKey",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditFeedbackIssues");

            migrationBuilder.DropTable(
                name: "ExecutionReportEntries");

            migrationBuilder.DropTable(
                name: "AuditFeedback");

            migrationBuilder.DropTable(
                name: "ExecutionReports");

            migrationBuilder.DropIndex(
                name: "IX_AuditProjects_FeedbackCode",
                table: "AuditProjects");

            migrationBuilder.DropIndex(
                name: "IX_AuditProjects_NoticeCode",
                table: "AuditProjects");

            migrationBuilder.DropColumn(
                name: "EndDate",
                table: "AuditProjects");

            migrationBuilder.DropColumn(
                name: "FeedbackCode",
                table: "AuditProjects");

            migrationBuilder.DropColumn(
                name: "NoticeCode",
                table: "AuditProjects");
        }
    }
}
