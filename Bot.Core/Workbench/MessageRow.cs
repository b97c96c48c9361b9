namespace Lianzheng.Core.Workbench;

/// <summary>A line of the 廉政提醒 page: a message the bot sent, who sent it (null: the bot itself), and how far it got —
/// people it went to, people it reached, and (when it asks for it) people who confirmed.</summary>
public sealed record MessageRow(
    long Id, string Kind, string Title, string? Sender, DateTimeOffset CreatedAt, int Recipients, int Reached, int? Confirmed);
