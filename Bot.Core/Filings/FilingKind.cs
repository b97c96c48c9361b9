namespace Lianzheng.Core.Filings;

public enum FilingKind
{
    Wedding = 1,
    Funeral = 2,
    OtherCelebration = 3,
    TravelAbroad = 4,
}
