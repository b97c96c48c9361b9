
namespace Lianzheng.Core.Filings;

/// <summary>The details of a personal-event filing as the filer gives them; what a dialog gathers and an amendment changes.</summary>
public sealed record FilingDraft
{
    public FilingKind Kind { get; init; }

    public EventSubject Subject { get; init; } = EventSubject.Self;

    /// <summary>The day of the event; for travel abroad the departure date.</summary>
    public DateOnly EventDate { get; init; }

    /// <summary>For travel abroad the planned return date.</summary>
    public DateOnly? EndDate { get; init; }

    public string? Place { get; init; }

    public int? ExpectedTables { get; init; }

    public int? ExpectedGuests { get; init; }

    public bool? InvitesManagedObjects { get; init; }

    public bool? InvitesSubordinates { get; init; }

    public string? Destination { get; init; }

    public string? Purpose { get; init; }

    public string? Companions { get; init; }

    public string? CelebrationKind { get; init; }

    public bool? HeldJointly { get; init; }

    public int? Cars { get; init; }

    public bool? OfficialCars { get; init; }

    public string? ScaleReason { get; init; }

    public string? LateReason { get; init; }

    public TravelDocumentType? DocumentType { get; init; }

    public string? DocumentNumber { get; init; }

    public string? Transit { get; init; }

    public string? FundingSource { get; init; }

    public bool? SecretPost { get; init; }

    public bool IsTravel => Kind == FilingKind.TravelAbroad;

    public static FilingDraft From(Filing filing) => new()
    {
        Kind = filing.Kind,
        Subject = filing.Subject,
        EventDate = filing.EventDate,
        EndDate = filing.EndDate,
        Place = filing.Place,
        ExpectedTables = filing.ExpectedTables,
        ExpectedGuests = filing.ExpectedGuests,
        InvitesManagedObjects = filing.InvitesManagedObjects,
        InvitesSubordinates = filing.InvitesSubordinates,
        Destination = filing.Destination,
        Purpose = filing.Purpose,
        Companions = filing.Companions,
        CelebrationKind = filing.CelebrationKind,
        HeldJointly = filing.HeldJointly,
        Cars = filing.Cars,
        OfficialCars = filing.OfficialCars,
        ScaleReason = filing.ScaleReason,
        LateReason = filing.LateReason,
        DocumentType = filing.DocumentType,
        DocumentNumber = filing.DocumentNumber,
        Transit = filing.Transit,
        FundingSource = filing.FundingSource,
        SecretPost = filing.SecretPost,
    };

    public void ApplyTo(Filing filing)
    {
        filing.Kind = Kind;
        filing.Subject = IsTravel ? EventSubject.Self : Subject;
        filing.EventDate = EventDate;
        filing.EndDate = IsTravel ? EndDate : null;
        filing.Place = IsTravel ? null : Place;
        filing.ExpectedTables = IsTravel ? null : ExpectedTables;
        filing.ExpectedGuests = IsTravel ? null : ExpectedGuests;
        filing.InvitesManagedObjects = IsTravel ? null : InvitesManagedObjects;
        filing.InvitesSubordinates = IsTravel ? null : InvitesSubordinates;
        filing.Destination = IsTravel ? Destination : null;
        filing.Purpose = IsTravel ? Purpose : null;
        filing.Companions = IsTravel ? Companions : null;
        filing.CelebrationKind = Kind == FilingKind.OtherCelebration ? CelebrationKind : null;
        filing.HeldJointly = Kind == FilingKind.Wedding ? HeldJointly : null;
        filing.Cars = IsTravel ? null : Cars;
        filing.OfficialCars = IsTravel || Cars is not > 0 ? null : OfficialCars;
        filing.ScaleReason = IsTravel ? null : ScaleReason;
        filing.LateReason = LateReason;
        filing.DocumentType = IsTravel ? DocumentType : null;
        filing.DocumentNumber = IsTravel ? DocumentNumber : null;
        filing.Transit = IsTravel ? Transit : null;
        filing.FundingSource = IsTravel ? FundingSource : null;
        filing.SecretPost = IsTravel ? SecretPost : null;
    }

    /// <summary>Whether the draft holds everything its kind needs, consistently.</summary>
    public bool IsComplete => Unanswered.Count == 0;

    /// <summary>The fields the draft still lacks, in the order they are asked: none for a draft the dialog filled; for a
    /// filing stored by an earlier release, what the rules have asked since (同城合办, cars, the travel document…).</summary>
    public IReadOnlyList<FilingField> Unanswered
    {
        get
        {
            var missing = new List<FilingField>();
            if (IsTravel)
            {
                Add(string.IsNullOrWhiteSpace(Destination), FilingField.Destination);
                Add(string.IsNullOrWhiteSpace(Purpose), FilingField.Purpose);
                Add(EndDate is not { } end || end < EventDate, FilingField.ReturnDate);
                Add(string.IsNullOrWhiteSpace(FundingSource), FilingField.FundingSource);
                Add(SecretPost is null, FilingField.SecretPost);
                Add(DocumentType is null, FilingField.DocumentType);
                Add(string.IsNullOrWhiteSpace(DocumentNumber), FilingField.DocumentNumber);
                return missing;
            }

            Add(Kind == FilingKind.OtherCelebration && string.IsNullOrWhiteSpace(CelebrationKind), FilingField.CelebrationKind);
            Add(string.IsNullOrWhiteSpace(Place), FilingField.Place);
            Add(ExpectedTables is not >= 0, FilingField.ExpectedTables);
            Add(ExpectedGuests is not >= 0, FilingField.ExpectedGuests);
            Add(Kind == FilingKind.Wedding && HeldJointly is null, FilingField.HeldJointly);
            Add(Cars is not >= 0, FilingField.Cars);
            Add(InvitesManagedObjects is null, FilingField.InvitesManagedObjects);
            Add(InvitesSubordinates is null, FilingField.InvitesSubordinates);
            return missing;

            void Add(bool lacking, FilingField which)
            {
                if (lacking)
                {
                    missing.Add(which);
                }
            }
        }
    }
}
