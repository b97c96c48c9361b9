namespace Lianzheng.Dialogs.Prompts;

/// <summary>A number as <see cref="ChineseQuantity"/> read it: its value, the unit written after it (桌、人…) if any,
/// and whether it was an approximation (约100人, 十来桌, 八九桌, 100多人) rather than a count.</summary>
internal sealed record Quantity(int Value, string? Unit, bool Approximate);
