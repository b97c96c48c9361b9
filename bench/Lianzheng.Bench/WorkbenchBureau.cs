using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Lianzheng.Core.AuditProjects;
using Lianzheng.Core.Filings;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Personnel;
using Lianzheng.Core.Talks;
using Lianzheng.Core.Travel;
using Lianzheng.Core.Workbench;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Bench;

/// <summary>The bureau the 工作台 benchmark reads: 300 staff (a 党组书记, a 廉政监督员, four 班子成员 over three sections
/// each, twelve 股室负责人, the 派驻纪检监察组, the rest auditors) imported by the bot's own import-staff verb, then ten
/// years of records written straight into its database: filings of every kind and status (the current year with
/// pending reviews and overdue 事后报告), a passport per person drawn out for each trip, integrity talks, audit projects,
/// and integrity messages each delivered to the whole staff and mostly confirmed. Fixed seed: every run on the same day
/// sees the same data (the ten years end on the day it runs; this year's filings reach 40 days ahead).</summary>
public sealed class WorkbenchBureau
{
    public const int Sections = 12;

    private const int LeaderCount = 4;

    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    private readonly Random _random = new(20261203);

    public required int Staff { get; init; }

    public required int FilingCount { get; init; }

    public required int TalkCount { get; init; }

    public required int MessageCount { get; init; }

    public required int Years { get; init; }

    public required DateOnly Today { get; init; }

    /// <summary>After <see cref="SeedAsync"/>: a filing of this year filed by an auditor, for the detail page.</summary>
    public int SampleFilingId { get; private set; }

    public long SampleMessageId { get; private set; }

    public int SampleProjectId { get; private set; }

    public static string SectionName(int index) => $"第{index + 1}审计股";

    public static string EmployeeNo(int index) => $"W{index:0000}";

    public static string Name(int index) => $"台账{index:0000}";

    /// <summary>Writes the directory for import-staff: index 0 党组书记, 1 廉政监督员, 2–5 班子成员, 6–17 股室负责人,
    /// 18 派驻纪检监察组, every tenth of the rest an 审计组长.</summary>
    public async Task<string> WriteSheetAsync(string directory)
    {
        var csv = new StringBuilder("工号,姓名,股室,角色,分管股室,邮箱\n");
        void Row(int index, string section, string roles, string oversees) =>
            csv.Append(CultureInfo.InvariantCulture, $"{EmployeeNo(index)},{Name(index)},{section},{roles},{oversees},{EmployeeNo(index).ToLowerInvariant()}@workbench.example\n");
        Row(0, "办公室", "党组书记", "");
        Row(1, "办公室", "廉政监督员", "");
        for (var leader = 0; leader < LeaderCount; leader++)
        {
            Row(2 + leader, "办公室", "班子成员", string.Join('、', Enumerable.Range(leader * 3, 3).Select(SectionName)));
        }

        for (var section = 0; section < Sections; section++)
        {
            Row(6 + section, SectionName(section), "股室负责人", "");
        }

        Row(18, "", "派驻纪检监察组", "");
        for (var i = 19; i < Staff; i++)
        {
            Row(i, SectionName(i % Sections), i % 10 == 0 ? "审计组长" : "审计人员", "");
        }

        var path = Path.Combine(directory, "bureau.csv");
        await File.WriteAllTextAsync(path, csv.ToString());
        return path;
    }

    /// <summary>Writes the records and a sign-in ticket for each of <paramref name="viewers"/> (employee numbers); returns
    /// the tickets in the same order.</summary>
    public async Task<IReadOnlyList<string>> SeedAsync(string databasePath, IReadOnlyList<string> viewers)
    {
        var options = new DbContextOptionsBuilder<LianzhengDbContext>()
            .UseSqlite($"Data Source={databasePath}")
            .AddInterceptors(SaveRulesInterceptor.Instance)
            .Options;
        await using var db = new LianzhengDbContext(options);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var ids = await db.Staff.AsNoTracking().ToDictionaryAsync(s => s.EmployeeNo, s => s.Id);
        int Id(int index) => ids[EmployeeNo(index)];
        var everyone = Enumerable.Range(0, Staff).Select(Id).ToArray();
        var auditors = Enumerable.Range(19, Staff - 19).Select(Id).ToArray();
        var firstYear = Today.Year - Years + 1;

        var documents = everyone.Select((holder, i) => new TravelDocument
        {
            HolderId = holder, Type = TravelDocumentType.Passport, Number = $"E{i:00000000}", HandedInOn = new DateOnly(firstYear, 1, 5),
            RegisteredById = Id(1), CreatedAt = At(new DateOnly(firstYear, 1, 5)), UpdatedAt = At(new DateOnly(firstYear, 1, 5)), Version = 1,
        }).ToList();
        db.TravelDocuments.AddRange(documents);
        await db.SaveChangesAsync();
        var documentOf = documents.ToDictionary(d => d.HolderId, d => d.Id);

        var filings = new List<Filing>(FilingCount);
        for (var i = 0; i < FilingCount; i++)
        {
            var year = firstYear + i * Years / FilingCount;
            var eventDate = new DateOnly(year, 1, 1).AddDays(_random.Next(year == Today.Year ? Today.DayOfYear + 40 : 365));
            filings.Add(NewFiling(i, everyone[_random.Next(everyone.Length)], eventDate, Id(2 + _random.Next(LeaderCount))));
        }

        foreach (var batch in filings.Chunk(5000))
        {
            db.Filings.AddRange(batch);
            await db.SaveChangesAsync();
        }

        var checkouts = new List<DocumentCheckout>();
        var lastTripOf = new Dictionary<int, Filing>();
        foreach (var trip in filings.Where(f => f.Kind == FilingKind.TravelAbroad && f.IsApproved && f.EventDate <= Today).OrderBy(f => f.EventDate))
        {
            lastTripOf[trip.FilerId] = trip;
        }

        foreach (var trip in filings.Where(f => f.Kind == FilingKind.TravelAbroad && f.IsApproved && f.EventDate <= Today))
        {
            var due = (trip.EndDate ?? trip.EventDate).AddDays(7);
            var returned = due.AddDays(-_random.Next(5));
            // Some last trips' documents were never handed back (overdue); a trip just over has its document still out.
            var open = (lastTripOf[trip.FilerId] == trip && due < Today && _random.Next(4) == 0) || returned > Today;
            checkouts.Add(new DocumentCheckout
            {
                DocumentId = documentOf[trip.FilerId], TripId = trip.Id, DrawnOn = trip.EventDate.AddDays(-2), DrawnRecordedById = Id(1), DueOn = due,
                ReturnedOn = open ? null : returned, ReturnRecordedById = open ? null : Id(1),
                CreatedAt = At(trip.EventDate.AddDays(-2)), UpdatedAt = At(due), Version = 1,
            });
        }

        db.DocumentCheckouts.AddRange(checkouts);
        await db.SaveChangesAsync();

        var heads = Enumerable.Range(0, Sections).Select(s => Id(6 + s)).ToArray();
        var talks = new List<IntegrityTalk>(TalkCount);
        for (var i = 0; i < TalkCount; i++)
        {
            var year = firstYear + i * Years / TalkCount;
            var leader = _random.Next(LeaderCount);
            var collective = _random.Next(5) == 0;
            var participants = collective
                ? Enumerable.Range(leader * 3, 3).Select(s => heads[s])
                : [heads[leader * 3 + _random.Next(3)]];
            var heldOn = new DateOnly(year, 1, 1).AddDays(_random.Next(year == Today.Year ? Today.DayOfYear : 365));
            talks.Add(new IntegrityTalk
            {
                LeaderId = Id(2 + leader), Form = collective ? TalkForm.Collective : TalkForm.Individual, HeldOn = heldOn,
                Summary = $"与分管股室负责人谈心谈话，了解思想和工作情况，提醒严守审计纪律（基准测试数据，第{i + 1}次）。",
                RecordedAt = At(heldOn), Participants = [.. participants.Select(p => new TalkParticipant { StaffId = p })],
            });
        }

        db.IntegrityTalks.AddRange(talks);
        await db.SaveChangesAsync();

        var projects = new List<AuditProject>();
        for (var year = firstYear; year <= Today.Year; year++)
        {
            for (var n = 0; n < 40; n++)
            {
                var start = new DateOnly(year, 1, 10).AddDays(n * 8);
                var team = auditors.OrderBy(_ => _random.Next()).Take(4).ToArray();
                projects.Add(new AuditProject
                {
                    Name = $"{year}年度第{n + 1}项审计项目", IsMajor = n % 4 == 0, StartDate = start, EndDate = start.AddDays(30),
                    TeamLeaderId = team[0], ResponsibleLeaderId = Id(2 + n % LeaderCount), RegisteredById = team[0], RegisteredAt = At(start.AddDays(-10)),
                    SourceKey = $"bench-project-{year}-{n}", Members = [.. team.Select(m => new AuditProjectMember { StaffId = m })],
                });
            }
        }

        db.AuditProjects.AddRange(projects);
        await db.SaveChangesAsync();

        var messages = new List<OutboxMessage>(MessageCount);
        for (var i = 0; i < MessageCount; i++)
        {
            var sentOn = new DateOnly(firstYear, 1, 1).AddDays((int)((long)i * (Today.DayNumber - new DateOnly(firstYear, 1, 1).DayNumber) / MessageCount));
            var holiday = i % 3 == 0;
            messages.Add(new OutboxMessage
            {
                Kind = holiday ? OutboxKinds.HolidayMessage : OutboxKinds.IntegrityMessage, SourceKey = $"bench-message-{i}",
                Title = holiday ? $"节日廉政提醒（{sentOn:yyyy年M月d日}）" : $"廉政提醒第{i + 1}期",
                Body = "节日将至，请全体干部职工严守廉洁纪律，过一个风清气正的节日。（基准测试数据）",
                FactsJson = "[]", ButtonsJson = "[]",
                ConfirmLabel = "已阅", SenderId = holiday ? null : Id(1), CreatedAt = At(sentOn),
            });
        }

        db.OutboxMessages.AddRange(messages);
        await db.SaveChangesAsync();
        await InsertDeliveriesAsync(db, messages, everyone);

        SampleFilingId = filings.Last(f => auditors.Contains(f.FilerId) && f.EventDate.Year == Today.Year).Id;
        SampleMessageId = messages[^1].Id;
        SampleProjectId = projects[^1].Id;
        var tickets = new List<string>();
        foreach (var viewer in viewers)
        {
            var ticket = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
            db.SignInTickets.Add(new SignInTicket
            {
                TicketHash = Convert.ToHexString(SHA256.HashData(Encoding.ASCII.GetBytes(ticket))), StaffId = ids[viewer],
                IssuedAt = TimeProvider.System.GetUtcNow(), ExpiresAt = TimeProvider.System.GetUtcNow().AddHours(1),
            });
            tickets.Add(ticket);
        }

        await db.SaveChangesAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)"); // all in the database file: it can be copied as it is
        return tickets;
    }

    private Filing NewFiling(int index, int filer, DateOnly eventDate, int reviewer)
    {
        var kind = index % 3 == 0 ? FilingKind.TravelAbroad : (FilingKind)(1 + _random.Next(3)); // a third are trips: their export is 10 000 rows
        var past = eventDate < Today.AddDays(-30);
        var status = past
            ? _random.Next(20) switch { 0 => FilingStatus.Withdrawn, 1 => FilingStatus.Rejected, _ => FilingStatus.Completed }
            : _random.Next(6) switch { 0 => FilingStatus.Pending, 1 => FilingStatus.NeedsMore, 2 => FilingStatus.Withdrawn, _ => FilingStatus.Approved };
        var created = At(eventDate.AddDays(-20 - _random.Next(20)));
        var filing = new Filing
        {
            SubmissionKey = $"bench-filing-{index}", FilerId = filer, Kind = kind,
            Subject = kind == FilingKind.TravelAbroad ? EventSubject.Self : (EventSubject)(1 + _random.Next(3)),
            EventDate = eventDate, Status = status, CreatedAt = created, UpdatedAt = created, Version = 1, AssignedReviewerId = reviewer, ReviewRequestedAt = created,
        };
        if (kind == FilingKind.TravelAbroad)
        {
            filing.EndDate = eventDate.AddDays(3 + _random.Next(10));
            filing.Destination = _random.Next(2) == 0 ? "日本东京" : "中国香港";
            filing.Purpose = "探亲旅游";
            filing.DocumentType = TravelDocumentType.Passport;
            filing.FundingSource = "个人";
        }
        else
        {
            filing.Place = "县城锦江大酒店";
            filing.ExpectedTables = 5 + _random.Next(10);
            filing.ExpectedGuests = filing.ExpectedTables * 10;
            filing.InvitesManagedObjects = false;
            filing.InvitesSubordinates = false;
        }

        if (status is FilingStatus.Approved or FilingStatus.Completed or FilingStatus.Rejected or FilingStatus.NeedsMore)
        {
            var decision = status switch { FilingStatus.Rejected => ReviewDecision.Reject, FilingStatus.NeedsMore => ReviewDecision.NeedsMore, _ => ReviewDecision.Approve };
            filing.Reviews.Add(new FilingReview { ReviewerId = reviewer, Decision = decision, Opinion = "同意", DecidedAt = created.AddDays(1) });
        }

        if (status == FilingStatus.Completed)
        {
            filing.FollowUp = new FollowUpReport { ReportedAt = At(eventDate.AddDays(5)), ActualTables = filing.ExpectedTables, ActualGuests = filing.ExpectedGuests };
        }

        return filing;
    }

    /// <summary>Every message to every person on one channel, 95 % delivered and 80 % confirmed: one prepared statement
    /// in one transaction (360 000 rows through the change tracker would take minutes).</summary>
    private async Task InsertDeliveriesAsync(LianzhengDbContext db, IReadOnlyList<OutboxMessage> messages, IReadOnlyList<int> recipients)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var transaction = connection.BeginTransaction();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO Deliveries (MessageId, RecipientId, Channel, Status, Attempts, SentAt, ConfirmedAt, Resends)
            VALUES ($message, $recipient, $channel, $status, 1, $sent, $confirmed, 0)
            """;
        var message = command.Parameters.Add("$message", SqliteType.Integer);
        var recipient = command.Parameters.Add("$recipient", SqliteType.Integer);
        var channel = command.Parameters.Add("$channel", SqliteType.Text);
        var status = command.Parameters.Add("$status", SqliteType.Integer);
        var sent = command.Parameters.Add("$sent", SqliteType.Integer);
        var confirmed = command.Parameters.Add("$confirmed", SqliteType.Integer);
        command.Prepare();
        foreach (var m in messages)
        {
            foreach (var r in recipients)
            {
                var delivered = _random.Next(20) != 0;
                message.Value = m.Id;
                recipient.Value = r;
                channel.Value = r % 2 == 0 ? "wecom" : "msteams";
                status.Value = (int)(delivered ? DeliveryStatus.Delivered : _random.Next(2) == 0 ? DeliveryStatus.Unreachable : DeliveryStatus.Failed);
                sent.Value = delivered ? m.CreatedAt.AddSeconds(5).UtcTicks : DBNull.Value;
                confirmed.Value = delivered && _random.Next(5) != 0 ? m.CreatedAt.AddHours(2).UtcTicks : DBNull.Value;
                await command.ExecuteNonQueryAsync();
            }
        }

        await transaction.CommitAsync();
    }

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(9, 30)), Beijing);
}
