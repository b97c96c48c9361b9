using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Lianzheng.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    At = table.Column<long>(type: "bigint", nullable: false),
                    ActorId = table.Column<int>(type: "integer", nullable: true),
                    Action = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    EntityType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    EntityId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Details = table.Column<string>(type: "text", nullable: false),
                    PreviousHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Scheme = table.Column<int>(type: "integer", nullable: false),
                    State = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ChannelTenants",
                columns: table => new
                {
                    Channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RememberedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChannelTenants", x => x.Channel);
                });

            migrationBuilder.CreateTable(
                name: "ConversationStates",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    StateJson = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConversationStates", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "HolidayTemplates",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    UpdatedById = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HolidayTemplates", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "ImportedHolidayArrangements",
                columns: table => new
                {
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false),
                    ImportedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportedHolidayArrangements", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "InboundWork",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DedupKey = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    OrderKey = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    ReceivedAt = table.Column<long>(type: "bigint", nullable: false),
                    ProcessedAt = table.Column<long>(type: "bigint", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    Replies = table.Column<string>(type: "text", nullable: true),
                    RepliesSent = table.Column<int>(type: "integer", nullable: false),
                    ReplyAttempts = table.Column<int>(type: "integer", nullable: false),
                    RepliedAt = table.Column<long>(type: "bigint", nullable: true),
                    LastError = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InboundWork", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SourceKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    FactsJson = table.Column<string>(type: "text", nullable: false),
                    ButtonsJson = table.Column<string>(type: "text", nullable: false),
                    ConfirmLabel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    SenderId = table.Column<int>(type: "integer", nullable: true),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    RemindAt = table.Column<long>(type: "bigint", nullable: true),
                    RemindedAt = table.Column<long>(type: "bigint", nullable: true),
                    AcknowledgesMessageId = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RecurringMessages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SenderId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Audience = table.Column<int>(type: "integer", nullable: false),
                    SectionId = table.Column<int>(type: "integer", nullable: true),
                    ConfirmLabel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    DayOfMonth = table.Column<int>(type: "integer", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    StoppedAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecurringMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Sections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TeamsConversations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TeamsUserId = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    AadObjectId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    UserName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    StaffId = table.Column<int>(type: "integer", nullable: true),
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ServiceUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ConversationId = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    BotId = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TeamsConversations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Staff",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EmployeeNo = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SectionId = table.Column<int>(type: "integer", nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Mobile = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    TimeZoneId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Staff", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Staff_Sections_SectionId",
                        column: x => x.SectionId,
                        principalTable: "Sections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "AuditProjects",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IsMajor = table.Column<bool>(type: "boolean", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    TeamLeaderId = table.Column<int>(type: "integer", nullable: false),
                    ResponsibleLeaderId = table.Column<int>(type: "integer", nullable: false),
                    RegisteredById = table.Column<int>(type: "integer", nullable: false),
                    RegisteredAt = table.Column<long>(type: "bigint", nullable: false),
                    PreAuditTalkId = table.Column<long>(type: "bigint", nullable: true),
                    TeamReminderMessageId = table.Column<long>(type: "bigint", nullable: true),
                    SourceKey = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    FeedbackCode = table.Column<string>(type: "character varying(43)", maxLength: 43, nullable: true),
                    NoticeCode = table.Column<string>(type: "character varying(43)", maxLength: 43, nullable: true)
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
                name: "ChannelIdentities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StaffId = table.Column<int>(type: "integer", nullable: false),
                    Channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ChannelUserId = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChannelIdentities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChannelIdentities_Staff_StaffId",
                        column: x => x.StaffId,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Deliveries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MessageId = table.Column<long>(type: "bigint", nullable: false),
                    RecipientId = table.Column<int>(type: "integer", nullable: false),
                    Channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    NextAttemptAt = table.Column<long>(type: "bigint", nullable: true),
                    LeaseUntil = table.Column<long>(type: "bigint", nullable: true),
                    LeaseOwner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CallKey = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    Resends = table.Column<int>(type: "integer", nullable: false),
                    ChannelMessageId = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    SentAt = table.Column<long>(type: "bigint", nullable: true),
                    ConfirmedAt = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Deliveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Deliveries_OutboxMessages_MessageId",
                        column: x => x.MessageId,
                        principalTable: "OutboxMessages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Deliveries_Staff_RecipientId",
                        column: x => x.RecipientId,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Filings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SubmissionKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    FilerId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Subject = table.Column<int>(type: "integer", nullable: false),
                    EventDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ExpectedTables = table.Column<int>(type: "integer", nullable: true),
                    ExpectedGuests = table.Column<int>(type: "integer", nullable: true),
                    InvitesManagedObjects = table.Column<bool>(type: "boolean", nullable: true),
                    InvitesSubordinates = table.Column<bool>(type: "boolean", nullable: true),
                    Destination = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Purpose = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Companions = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CelebrationKind = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    HeldJointly = table.Column<bool>(type: "boolean", nullable: true),
                    Cars = table.Column<int>(type: "integer", nullable: true),
                    OfficialCars = table.Column<bool>(type: "boolean", nullable: true),
                    OverScale = table.Column<bool>(type: "boolean", nullable: false, defaultValue: false),
                    ScaleReason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    IsLate = table.Column<bool>(type: "boolean", nullable: false, defaultValue: false),
                    LateReason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DocumentType = table.Column<int>(type: "integer", nullable: true),
                    DocumentNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Transit = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    FundingSource = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    SecretPost = table.Column<bool>(type: "boolean", nullable: true),
                    AssignedReviewerId = table.Column<int>(type: "integer", nullable: true),
                    ReviewRequestedAt = table.Column<long>(type: "bigint", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    WithdrawalReason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false),
                    FollowUp_ActualTables = table.Column<int>(type: "integer", nullable: true),
                    FollowUp_ActualGuests = table.Column<int>(type: "integer", nullable: true),
                    FollowUp_ActualReturnDate = table.Column<DateOnly>(type: "date", nullable: true),
                    FollowUp_DocumentsHandedBack = table.Column<bool>(type: "boolean", nullable: true),
                    FollowUp_GuestScope = table.Column<int>(type: "integer", nullable: true),
                    FollowUp_Cars = table.Column<int>(type: "integer", nullable: true),
                    FollowUp_OfficialCars = table.Column<bool>(type: "boolean", nullable: true),
                    FollowUp_Cost = table.Column<int>(type: "integer", nullable: true),
                    FollowUp_GiftMoney = table.Column<int>(type: "integer", nullable: true),
                    FollowUp_GiftItems = table.Column<int>(type: "integer", nullable: true),
                    FollowUp_GiftHandling = table.Column<int>(type: "integer", nullable: true),
                    FollowUp_PledgeBroken = table.Column<bool>(type: "boolean", nullable: true),
                    FollowUp_PledgeNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    FollowUp_Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    FollowUp_ReportedAt = table.Column<long>(type: "bigint", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Filings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Filings_Staff_FilerId",
                        column: x => x.FilerId,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IntegrityTalks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LeaderId = table.Column<int>(type: "integer", nullable: false),
                    Form = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false, defaultValue: 1),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    FollowUpOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AuditProjectId = table.Column<int>(type: "integer", nullable: true),
                    RecordedAt = table.Column<long>(type: "bigint", nullable: false),
                    IsWithdrawn = table.Column<bool>(type: "boolean", nullable: false),
                    SourceKey = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true)
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
                name: "Oversights",
                columns: table => new
                {
                    LeaderId = table.Column<int>(type: "integer", nullable: false),
                    SectionId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Oversights", x => new { x.LeaderId, x.SectionId });
                    table.ForeignKey(
                        name: "FK_Oversights_Sections_SectionId",
                        column: x => x.SectionId,
                        principalTable: "Sections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Oversights_Staff_LeaderId",
                        column: x => x.LeaderId,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RecordViews",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ViewerId = table.Column<int>(type: "integer", nullable: false),
                    OwnerId = table.Column<int>(type: "integer", nullable: false),
                    EntityType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    EntityId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    At = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecordViews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecordViews_Staff_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RecordViews_Staff_ViewerId",
                        column: x => x.ViewerId,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SignInTickets",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TicketHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StaffId = table.Column<int>(type: "integer", nullable: false),
                    IssuedAt = table.Column<long>(type: "bigint", nullable: false),
                    ExpiresAt = table.Column<long>(type: "bigint", nullable: false),
                    UsedAt = table.Column<long>(type: "bigint", nullable: true)
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

            migrationBuilder.CreateTable(
                name: "StaffRoles",
                columns: table => new
                {
                    StaffId = table.Column<int>(type: "integer", nullable: false),
                    Role = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffRoles", x => new { x.StaffId, x.Role });
                    table.ForeignKey(
                        name: "FK_StaffRoles_Staff_StaffId",
                        column: x => x.StaffId,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TravelDocuments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    HolderId = table.Column<int>(type: "integer", nullable: false),
                    Type = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    HandedInOn = table.Column<DateOnly>(type: "date", nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    RegisteredById = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                name: "AuditFeedback",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProjectId = table.Column<int>(type: "integer", nullable: false),
                    SubmittedAt = table.Column<long>(type: "bigint", nullable: false),
                    SubmissionKey = table.Column<string>(type: "character varying(43)", maxLength: 43, nullable: false),
                    Rating = table.Column<int>(type: "integer", nullable: false),
                    Remarks = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Contact = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
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
                name: "AuditProjectMembers",
                columns: table => new
                {
                    ProjectId = table.Column<int>(type: "integer", nullable: false),
                    StaffId = table.Column<int>(type: "integer", nullable: false)
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
                name: "DeclinedOffers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StaffId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    OfferedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    EstimatedValue = table.Column<int>(type: "integer", nullable: true),
                    OfferedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Handling = table.Column<int>(type: "integer", nullable: false),
                    AuditProjectId = table.Column<int>(type: "integer", nullable: true),
                    RecordedAt = table.Column<long>(type: "bigint", nullable: false),
                    SourceKey = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true)
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
                name: "ExecutionReports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProjectId = table.Column<int>(type: "integer", nullable: false),
                    ReportedById = table.Column<int>(type: "integer", nullable: false),
                    ReportedAt = table.Column<long>(type: "bigint", nullable: false),
                    Incident = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    IncidentPeople = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    IncidentHandling = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    SourceKey = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true)
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
                name: "FilingReviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FilingId = table.Column<int>(type: "integer", nullable: false),
                    ReviewerId = table.Column<int>(type: "integer", nullable: false),
                    Decision = table.Column<int>(type: "integer", nullable: false),
                    Opinion = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    DecidedAt = table.Column<long>(type: "bigint", nullable: false)
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
                name: "TalkParticipants",
                columns: table => new
                {
                    TalkId = table.Column<long>(type: "bigint", nullable: false),
                    StaffId = table.Column<int>(type: "integer", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "DocumentCheckouts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DocumentId = table.Column<int>(type: "integer", nullable: false),
                    TripId = table.Column<int>(type: "integer", nullable: false),
                    DrawnOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DrawnRecordedById = table.Column<int>(type: "integer", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReturnedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReturnRecordedById = table.Column<int>(type: "integer", nullable: true),
                    ReturnReportAsked = table.Column<bool>(type: "boolean", nullable: false),
                    RemindersSent = table.Column<int>(type: "integer", nullable: false),
                    LastRemindedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EscalatedAt = table.Column<long>(type: "bigint", nullable: true),
                    CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "AuditFeedbackIssues",
                columns: table => new
                {
                    FeedbackId = table.Column<long>(type: "bigint", nullable: false),
                    Topic = table.Column<int>(type: "integer", nullable: false),
                    Details = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
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
                    ReportId = table.Column<long>(type: "bigint", nullable: false),
                    StaffId = table.Column<int>(type: "integer", nullable: false),
                    KeptDiscipline = table.Column<bool>(type: "boolean", nullable: false)
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
                name: "IX_AuditEntries_EntityType_EntityId",
                table: "AuditEntries",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_PreviousHash",
                table: "AuditEntries",
                column: "PreviousHash",
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
                name: "IX_AuditProjectMembers_StaffId",
                table: "AuditProjectMembers",
                column: "StaffId");

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
                name: "IX_AuditProjects_ResponsibleLeaderId",
                table: "AuditProjects",
                column: "ResponsibleLeaderId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditProjects_SourceKey",
                table: "AuditProjects",
                column: "SourceKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditProjects_StartDate",
                table: "AuditProjects",
                column: "StartDate");

            migrationBuilder.CreateIndex(
                name: "IX_AuditProjects_TeamLeaderId",
                table: "AuditProjects",
                column: "TeamLeaderId");

            migrationBuilder.CreateIndex(
                name: "IX_ChannelIdentities_Channel_ChannelUserId",
                table: "ChannelIdentities",
                columns: new[] { "Channel", "ChannelUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChannelIdentities_StaffId_Channel",
                table: "ChannelIdentities",
                columns: new[] { "StaffId", "Channel" },
                unique: true);

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
                name: "IX_Deliveries_Channel_Status_NextAttemptAt",
                table: "Deliveries",
                columns: new[] { "Channel", "Status", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Deliveries_MessageId_RecipientId_Channel",
                table: "Deliveries",
                columns: new[] { "MessageId", "RecipientId", "Channel" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Deliveries_MessageId_RecipientId_Status_ConfirmedAt",
                table: "Deliveries",
                columns: new[] { "MessageId", "RecipientId", "Status", "ConfirmedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Deliveries_RecipientId_Channel_Id",
                table: "Deliveries",
                columns: new[] { "RecipientId", "Channel", "Id" });

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

            migrationBuilder.CreateIndex(
                name: "IX_FilingReviews_FilingId_DecidedAt",
                table: "FilingReviews",
                columns: new[] { "FilingId", "DecidedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_FilingReviews_ReviewerId",
                table: "FilingReviews",
                column: "ReviewerId");

            migrationBuilder.CreateIndex(
                name: "IX_Filings_FilerId_Status",
                table: "Filings",
                columns: new[] { "FilerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Filings_Status",
                table: "Filings",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Filings_SubmissionKey",
                table: "Filings",
                column: "SubmissionKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InboundWork_Channel_DedupKey",
                table: "InboundWork",
                columns: new[] { "Channel", "DedupKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InboundWork_ProcessedAt",
                table: "InboundWork",
                column: "ProcessedAt");

            migrationBuilder.CreateIndex(
                name: "IX_InboundWork_RepliedAt",
                table: "InboundWork",
                column: "RepliedAt");

            migrationBuilder.CreateIndex(
                name: "IX_IntegrityTalks_AuditProjectId",
                table: "IntegrityTalks",
                column: "AuditProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_IntegrityTalks_LeaderId_HeldOn",
                table: "IntegrityTalks",
                columns: new[] { "LeaderId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_IntegrityTalks_SourceKey",
                table: "IntegrityTalks",
                column: "SourceKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_RemindAt",
                table: "OutboxMessages",
                column: "RemindAt");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_SourceKey",
                table: "OutboxMessages",
                column: "SourceKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Oversights_SectionId",
                table: "Oversights",
                column: "SectionId");

            migrationBuilder.CreateIndex(
                name: "IX_RecordViews_At",
                table: "RecordViews",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_RecordViews_OwnerId_At",
                table: "RecordViews",
                columns: new[] { "OwnerId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_RecordViews_ViewerId",
                table: "RecordViews",
                column: "ViewerId");

            migrationBuilder.CreateIndex(
                name: "IX_RecurringMessages_IsActive_SenderId",
                table: "RecurringMessages",
                columns: new[] { "IsActive", "SenderId" });

            migrationBuilder.CreateIndex(
                name: "IX_Sections_Name",
                table: "Sections",
                column: "Name",
                unique: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_Staff_Email",
                table: "Staff",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_Staff_EmployeeNo",
                table: "Staff",
                column: "EmployeeNo",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Staff_SectionId",
                table: "Staff",
                column: "SectionId");

            migrationBuilder.CreateIndex(
                name: "IX_TalkParticipants_StaffId",
                table: "TalkParticipants",
                column: "StaffId");

            migrationBuilder.CreateIndex(
                name: "IX_TeamsConversations_StaffId",
                table: "TeamsConversations",
                column: "StaffId");

            migrationBuilder.CreateIndex(
                name: "IX_TeamsConversations_TeamsUserId",
                table: "TeamsConversations",
                column: "TeamsUserId",
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
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "AuditFeedbackIssues");

            migrationBuilder.DropTable(
                name: "AuditProjectMembers");

            migrationBuilder.DropTable(
                name: "ChannelIdentities");

            migrationBuilder.DropTable(
                name: "ChannelTenants");

            migrationBuilder.DropTable(
                name: "ConversationStates");

            migrationBuilder.DropTable(
                name: "DeclinedOffers");

            migrationBuilder.DropTable(
                name: "Deliveries");

            migrationBuilder.DropTable(
                name: "DocumentCheckouts");

            migrationBuilder.DropTable(
                name: "ExecutionReportEntries");

            migrationBuilder.DropTable(
                name: "FilingReviews");

            migrationBuilder.DropTable(
                name: "HolidayTemplates");

            migrationBuilder.DropTable(
                name: "ImportedHolidayArrangements");

            migrationBuilder.DropTable(
                name: "InboundWork");

            migrationBuilder.DropTable(
                name: "Oversights");

            migrationBuilder.DropTable(
                name: "RecordViews");

            migrationBuilder.DropTable(
                name: "RecurringMessages");

            migrationBuilder.DropTable(
                name: "SignInTickets");

            migrationBuilder.DropTable(
                name: "StaffRoles");

            migrationBuilder.DropTable(
                name: "TalkParticipants");

            migrationBuilder.DropTable(
                name: "TeamsConversations");

            migrationBuilder.DropTable(
                name: "AuditFeedback");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "TravelDocuments");

            migrationBuilder.DropTable(
                name: "ExecutionReports");

            migrationBuilder.DropTable(
                name: "Filings");

            migrationBuilder.DropTable(
                name: "IntegrityTalks");

            migrationBuilder.DropTable(
                name: "AuditProjects");

            migrationBuilder.DropTable(
                name: "Staff");

            migrationBuilder.DropTable(
                name: "Sections");
        }
    }
}
