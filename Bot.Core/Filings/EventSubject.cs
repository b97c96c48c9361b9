namespace Lianzheng.Core.Filings;

public enum EventSubject
{
    Self = 1,
    Child = 2,
    Parent = 3,
    OtherRelative = 4,
}
