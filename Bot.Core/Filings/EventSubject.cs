namespace Lianzheng.Core.Filings;

/// <summary>Whose event a filing concerns (本人、配偶、子女、父母、配偶父母、兄弟姐妹、其他亲属); the numbers are stored.</summary>
public enum EventSubject
{
    Self = 1,
    Child = 2,
    Parent = 3,
    OtherRelative = 4,
    Spouse = 5,
    SpouseParent = 6,
    Sibling = 7,
}
