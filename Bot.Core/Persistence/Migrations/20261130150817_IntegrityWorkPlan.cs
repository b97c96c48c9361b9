using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lianzheng.Core.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class IntegrityWorkPlan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "AcknowledgesMessageId",
                table: "OutboxMessages",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RemindAt",
                table: "OutboxMessages",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RemindedAt",
                table: "OutboxMessages",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AuditProjects",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IsMajor = table.Column<bool>(type: "INTEGER", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TeamLeaderId = table.Column<int>(type: "INTEGER", nullable: false),
                    ResponsibleLeaderId = table.Column<int>(type: "INTEGER", nullable: false),
                    RegisteredById = table.Column<int>(type: "INTEGER", nullable: false),
                    RegisteredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PreAuditTalkId = table.Column<long>(type: "INTEGER", nullable: true),
                    TeamReminderMessageId = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditProjects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AuditProjects_Staff_ResponsibleLeaderId",
                        column: x => x.ResponsibleLeaderId,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AuditProjects_Staff_TeamLeaderId",
                        column: x => x.TeamLeaderId,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "HolidayTemplates",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    UpdatedById = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HolidayTemplates", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "ImportedHolidayArrangements",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportedHolidayArrangements", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "IntegrityTalks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LeaderId = table.Column<int>(type: "INTEGER", nullable: false),
                    Form = table.Column<int>(type: "INTEGER", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    AuditProjectId = table.Column<int>(type: "INTEGER", nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IsWithdrawn = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntegrityTalks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IntegrityTalks_Staff_LeaderId",
                        column: x => x.LeaderId,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RecurringMessages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SenderId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Audience = table.Column<int>(type: "INTEGER", nullable: false),
                    SectionId = table.Column<int>(type: "INTEGER", nullable: true),
                    ConfirmLabel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    DayOfMonth = table.Column<int>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StoppedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecurringMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditProjectMembers",
                columns: table => new
                {
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    StaffId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditProjectMembers", x => new { x.ProjectId, x.StaffId });
                    table.ForeignKey(
                        name: "FK_AuditProjectMembers_AuditProjects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "AuditProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AuditProjectMembers_Staff_StaffId",
                        column: x => x.StaffId,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TalkParticipants",
                columns: table => new
                {
                    TalkId = table.Column<long>(type: "INTEGER", nullable: false),
                    StaffId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TalkParticipants", x => new { x.TalkId, x.StaffId });
                    table.ForeignKey(
                        name: "FK_TalkParticipants_IntegrityTalks_TalkId",
                        column: x => x.TalkId,
                        principalTable: "IntegrityTalks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TalkParticipants_Staff_StaffId",
                        column: x => x.StaffId,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            // Addresses imported before are brought to the lower case the importer now stores.
            migrationBuilder.Sql("UPDATE Staff SET Email = lower(Email) WHERE Email IS NOT NULL AND Email <> lower(Email);");
            migrationBuilder.CreateIndex(
                name: "IX_Staff_Email",
                table: "Staff",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_RemindAt",
                table: "OutboxMessages",
                column: "RemindAt");

            migrationBuilder.CreateIndex(
                name: "IX_Deliveries_MessageId_ConfirmedAt",
                table: "Deliveries",
                columns: new[] { "MessageId", "ConfirmedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditProjectMembers_StaffId",
                table: "AuditProjectMembers",
                column: "StaffId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditProjects_ResponsibleLeaderId",
                table: "AuditProjects",
                column: "ResponsibleLeaderId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditProjects_StartDate",
                table: "AuditProjects",
                column: "StartDate");

            migrationBuilder.CreateIndex(
                name: "IX_AuditProjects_TeamLeaderId",
                table: "AuditProjects",
                column: "TeamLeaderId");

            migrationBuilder.CreateIndex(
                name: "IX_IntegrityTalks_AuditProjectId",
                table: "IntegrityTalks",
                column: "AuditProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_IntegrityTalks_LeaderId_HeldOn",
                table: "IntegrityTalks",
                columns: new[] { "LeaderId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_RecurringMessages_IsActive_SenderId",
                table: "RecurringMessages",
                columns: new[] { "IsActive", "SenderId" });

            migrationBuilder.CreateIndex(
                name: "IX_TalkParticipants_StaffId",
                table: "TalkParticipants",
                column: "StaffId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditProjectMembers");

            migrationBuilder.DropTable(
                name: "HolidayTemplates");

            migrationBuilder.DropTable(
                name: "ImportedHolidayArrangements");

            migrationBuilder.DropTable(
                name: "RecurringMessages");

            migrationBuilder.DropTable(
                name: "TalkParticipants");

            migrationBuilder.DropTable(
                name: "AuditProjects");

            migrationBuilder.DropTable(
                name: "IntegrityTalks");

            migrationBuilder.DropIndex(
                name: "IX_Staff_Email",
                table: "Staff");

            migrationBuilder.DropIndex(
                name: "IX_OutboxMessages_RemindAt",
                table: "OutboxMessages");

            migrationBuilder.DropIndex(
                name: "IX_Deliveries_MessageId_ConfirmedAt",
                table: "Deliveries");

            migrationBuilder.DropColumn(
                name: "AcknowledgesMessageId",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "RemindAt",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "RemindedAt",
                table: "OutboxMessages");
        }
    }
}
