namespace Lianzheng.Core.Filings;

/// <summary>The parts of a filing a filer gives and can amend.</summary>
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
    CelebrationKind,
    HeldJointly,
    Cars,
    OfficialCars,
    ScaleReason,
    LateReason,
    DocumentType,
    DocumentNumber,
    Transit,
    FundingSource,
    SecretPost,
}
