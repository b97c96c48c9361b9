using Lianzheng.Core.Holidays;

namespace Lianzheng.Core.Filings;

/// <summary>The rules a filing is held to (Filings: options): when it is late, when it is above the scale limits, which
/// reasons the filer must give, and whether a trip may leave.</summary>
public static class FilingRules
{
    /// <summary>The last day a wedding or celebration on <paramref name="eventDate"/> is filed in time: Filings:LeadWorkingDays
    /// working days before it. Funerals and trips have none.</summary>
    public static DateOnly? LeadDeadline(FilingDraft draft, WorkCalendar calendar, FilingOptions options) =>
        draft.Kind is FilingKind.Wedding or FilingKind.OtherCelebration ? calendar.WorkdaysBefore(draft.EventDate, options.LeadWorkingDays) : null;

    /// <summary>逾期报告: a wedding or celebration filed after its lead deadline, or a funeral filed more than
    /// Filings:FuneralReportWithinDays days after it.</summary>
    public static bool IsLate(FilingDraft draft, DateOnly filedOn, WorkCalendar calendar, FilingOptions options) => draft.Kind switch
    {
        FilingKind.Funeral => filedOn > draft.EventDate.AddDays(options.FuneralReportWithinDays),
        FilingKind.Wedding or FilingKind.OtherCelebration => filedOn > LeadDeadline(draft, calendar, options),
        _ => false,
    };

    /// <summary>Above Filings:MaxTables or the guests' limit (Filings:MaxGuestsJoint for a wedding held jointly); 0 is no limit.</summary>
    public static bool IsOverScale(FilingDraft draft, FilingOptions options)
    {
        if (draft.IsTravel)
        {
            return false;
        }

        var maxGuests = draft.HeldJointly == true ? options.MaxGuestsJoint : options.MaxGuests;
        return (options.MaxTables > 0 && draft.ExpectedTables > options.MaxTables) || (maxGuests > 0 && draft.ExpectedGuests > maxGuests);
    }

    /// <summary>The reasons the filer still has to give before the draft can be submitted.</summary>
    public static IReadOnlyList<FilingField> MissingReasons(FilingDraft draft, DateOnly filedOn, WorkCalendar calendar, FilingOptions options)
    {
        var missing = new List<FilingField>();
        if (IsOverScale(draft, options) && string.IsNullOrWhiteSpace(draft.ScaleReason))
        {
            missing.Add(FilingField.ScaleReason);
        }

        if (IsLate(draft, filedOn, calendar, options) && string.IsNullOrWhiteSpace(draft.LateReason))
        {
            missing.Add(FilingField.LateReason);
        }

        return missing;
    }

    /// <summary>Whether a trip abroad may leave: it is approved (or was filed for notice only). The custody ledger hands
    /// out a document only for such a trip.</summary>
    public static bool ClearedForDeparture(Filing filing) => filing.Kind == FilingKind.TravelAbroad && filing.IsApproved;
}
