namespace Lianzheng.Core.Messaging;

/// <summary>A button: its label and the action payload it sends back.</summary>
public sealed record MessageButton(string Label, string Action);
