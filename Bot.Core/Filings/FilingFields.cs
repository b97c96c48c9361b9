namespace Lianzheng.Core.Filings;

public static class FilingFields
{
    public static readonly IReadOnlyList<FilingField> Banquet =
    [
        FilingField.CelebrationKind, FilingField.EventDate, FilingField.Place, FilingField.ExpectedTables, FilingField.ExpectedGuests,
        FilingField.HeldJointly, FilingField.Cars, FilingField.OfficialCars, FilingField.InvitesManagedObjects, FilingField.InvitesSubordinates,
    ];

    public static readonly IReadOnlyList<FilingField> Travel =
    [
        FilingField.Destination, FilingField.Transit, FilingField.Purpose, FilingField.EventDate, FilingField.ReturnDate, FilingField.Companions,
        FilingField.FundingSource, FilingField.SecretPost, FilingField.DocumentType, FilingField.DocumentNumber,
    ];

    /// <summary>The fields a draft of its kind is asked, in order; the reasons are asked only when the rules want them.</summary>
    public static IReadOnlyList<FilingField> Of(FilingDraft draft) => [.. (draft.IsTravel ? Travel : Banquet).Where(f => Applies(f, draft))];

    /// <summary>Whether a field belongs to this draft (其他喜庆事宜 only: what it is; a wedding only: held jointly; 公车 only with cars).</summary>
    public static bool Applies(FilingField field, FilingDraft draft) => field switch
    {
        FilingField.CelebrationKind => draft.Kind == FilingKind.OtherCelebration,
        FilingField.HeldJointly => draft.Kind == FilingKind.Wedding,
        FilingField.OfficialCars => draft.Cars is not 0,
        _ => true,
    };
}
