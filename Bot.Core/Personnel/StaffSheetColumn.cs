namespace Lianzheng.Core.Personnel;

public sealed record StaffSheetColumn(string Chinese, string English, bool Required, string Meaning);
