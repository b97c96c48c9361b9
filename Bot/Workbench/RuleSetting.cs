namespace Lianzheng.Bot.Workbench;

/// <summary>One setting as the 设置 page shows it: its group, its configuration key, what it decides, the value the bot
/// enforces now, and where that value comes from (the default, a file, the environment …).</summary>
public sealed record RuleSetting(string Group, string Key, string Label, string Value, string Source);
