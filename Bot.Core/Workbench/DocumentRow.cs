using Lianzheng.Core.Filings;
using Lianzheng.Core.Travel;

namespace Lianzheng.Core.Workbench;

/// <summary>A line of the 证照台账 page: whose document, its kind and masked number, where it is, its latest checkout.</summary>
public sealed record DocumentRow(
    string Holder, string? Section, TravelDocumentType Type, string MaskedNumber, TravelDocumentState State, DateOnly? DrawnOn, DateOnly? DueOn,
    DateOnly? ReturnedOn, bool Overdue, int HolderId);
