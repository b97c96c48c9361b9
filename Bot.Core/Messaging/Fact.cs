namespace Lianzheng.Core.Messaging;

/// <summary>A key/value line of a card.</summary>
public sealed record Fact(string Key, string Value);
