namespace Lianzheng.Core.Reports;

/// <summary>Private travel abroad in the period: trips filed and approved, and the documents drawn out for trips in the
/// period — handed back by the day they were due, handed back late, still out (and of those, past their day).</summary>
public sealed record TripFigures(int Trips, int Approved, int Drawn, int ReturnedOnTime, int ReturnedLate, int Out, int OutOverdue);
