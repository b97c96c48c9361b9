namespace Lianzheng.Core.Personnel;

/// <summary>A staff member as a dialog lists or picks him: his id and his name.</summary>
public sealed record StaffName(int Id, string Name);
