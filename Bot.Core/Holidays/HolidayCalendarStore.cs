using Lianzheng.Core.Audit;
using Lianzheng.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Core.Holidays;

/// <summary>The holiday arrangements the bot plans with: those shipped in the repository
/// (Holidays/holiday-arrangements.json) and, replacing them year by year, those a supervisor imported.</summary>
public sealed class HolidayCalendarStore(LianzhengDbContext db, AuditTrail audit, TimeProvider time)
{
    public const string ImportedAction = "holiday.arrangement-imported", EntityType = "HolidayArrangement";

    private static readonly Lazy<IReadOnlyList<HolidayArrangement>> Shipped = new(() =>
    {
        using var stream = typeof(HolidayCalendarStore).Assembly.GetManifestResourceStream("Lianzheng.Core.Holidays.holiday-arrangements.json")
            ?? throw new InvalidOperationException("The shipped holiday arrangements are missing from the assembly.");
        using var reader = new StreamReader(stream);
        return HolidayArrangement.Parse(reader.ReadToEnd());
    });

    public static IReadOnlyList<HolidayArrangement> ShippedArrangements => Shipped.Value;

    public async Task<WorkCalendar> LoadAsync(CancellationToken cancellationToken)
    {
        var imported = await db.ImportedHolidayArrangements.AsNoTracking().OrderBy(a => a.Year).ToListAsync(cancellationToken);
        return new WorkCalendar(Shipped.Value.Concat(imported.SelectMany(a => HolidayArrangement.Parse(a.Json))));
    }

    /// <summary>The year's holidays as they would be planned with this arrangement (not stored).</summary>
    public async Task<IReadOnlyList<HolidayNode>> PreviewAsync(HolidayArrangement arrangement, int workdaysBefore, CancellationToken cancellationToken)
    {
        var imported = await db.ImportedHolidayArrangements.AsNoTracking().Where(a => a.Year != arrangement.Year).ToListAsync(cancellationToken);
        var others = Shipped.Value.Where(a => a.Year != arrangement.Year).Concat(imported.SelectMany(a => HolidayArrangement.Parse(a.Json)));
        return new WorkCalendar(others.Append(arrangement)).NodesOf(arrangement.Year, workdaysBefore);
    }

    /// <summary>Stores a year's arrangement (replacing an earlier import of the same year) with an audit entry
    /// (<paramref name="actorId"/> null: the CLI); returns its problems instead when it has any, and then stores nothing.</summary>
    public async Task<IReadOnlyList<string>> ImportAsync(HolidayArrangement arrangement, CancellationToken cancellationToken, int? actorId = null)
    {
        var problems = arrangement.Problems();
        if (problems.Count > 0)
        {
            return problems;
        }

        await using var transaction = await db.Database.BeginOrJoinTransactionAsync(cancellationToken);
        var row = await db.ImportedHolidayArrangements.FirstOrDefaultAsync(a => a.Year == arrangement.Year, cancellationToken);
        if (row is null)
        {
            row = new ImportedHolidayArrangement { Year = arrangement.Year, Json = "" };
            db.ImportedHolidayArrangements.Add(row);
        }

        row.Json = arrangement.ToJson();
        row.ImportedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(actorId, ImportedAction, EntityType, arrangement.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            new { arrangement.Source, holidays = arrangement.Holidays.Count }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return [];
    }
}
