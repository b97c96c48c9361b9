namespace Lianzheng.Core.Filings;

public static class FilingFields
{
    public static readonly IReadOnlyList<FilingField> Banquet =
    [
        FilingField.EventDate, FilingField.Place, FilingField.ExpectedTables, FilingField.ExpectedGuests,
        FilingField.InvitesManagedObjects, FilingField.InvitesSubordinates,
    ];

    public static readonly IReadOnlyList<FilingField> Travel =
    [
        FilingField.Destination, FilingField.Purpose, FilingField.EventDate, FilingField.ReturnDate, FilingField.Companions,
    ];

    public static IReadOnlyList<FilingField> Of(FilingDraft draft) => draft.IsTravel ? Travel : Banquet;
}
