namespace Lianzheng.Core.Filings;

/// <summary>The parts of a filing a filer can amend.</summary>
public enum FilingField
{
    Subject,
    EventDate,
    Place,
    ExpectedTables,
    ExpectedGuests,
    InvitesManagedObjects,
    InvitesSubordinates,
    Destination,
    Purpose,
    ReturnDate,
    Companions,
}
