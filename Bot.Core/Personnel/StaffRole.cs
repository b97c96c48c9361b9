namespace Lianzheng.Core.Personnel;

/// <summary>The roles of the integrity work plan; one person can hold several.</summary>
public enum StaffRole
{
    /// <summary>审计人员: every auditor.</summary>
    Auditor = 1,

    /// <summary>股室负责人.</summary>
    SectionHead = 2,

    /// <summary>班子成员: oversees sections.</summary>
    Leader = 3,

    /// <summary>党组书记: sees everything.</summary>
    PartySecretary = 4,

    /// <summary>廉政监督员: administers.</summary>
    IntegritySupervisor = 5,

    /// <summary>审计组长.</summary>
    AuditTeamLeader = 6,

    /// <summary>派驻纪检监察组: outside the bureau's sections; reviews the party secretary's filings and reads what he can.
    /// Not staff for duties (holiday and integrity messages, talks).</summary>
    DisciplineInspectionGroup = 7,

    /// <summary>证照保管员: keeps the travel documents (证照台账); while nobody holds it, the 廉政监督员 does.</summary>
    DocumentCustodian = 8,
}
