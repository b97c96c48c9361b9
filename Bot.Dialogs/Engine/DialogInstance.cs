using System.Text.Json;
using System.Text.Json.Nodes;

namespace Lianzheng.Dialogs.Engine;

/// <summary>One frame of a dialog stack: which dialog, and its persisted state.</summary>
public sealed class DialogInstance
{
    public required string Id { get; init; }

    public JsonObject State { get; init; } = [];
}
