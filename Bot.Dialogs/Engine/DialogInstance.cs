using System.Text.Json;
using System.Text.Json.Nodes;

namespace Lianzheng.Dialogs.Engine;

/// <summary>One frame of a dialog stack: which dialog, and its persisted state.</summary>
public sealed class DialogInstance
{
    public required string Id { get; init; }

    public JsonObject State { get; init; } = [];
}

/// <summary>The persisted stack of a conversation; versioned so that an incompatible old state is reset, not misread.</summary>
public sealed class DialogStackState
{
    public const int CurrentSchema = 1;

    public int Schema { get; set; } = CurrentSchema;

    public List<DialogInstance> Stack { get; set; } = [];

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Serialize() => JsonSerializer.Serialize(this, Json);

    public static DialogStackState Deserialize(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return new DialogStackState();
        }

        try
        {
            var state = JsonSerializer.Deserialize<DialogStackState>(json, Json);
            return state is { Schema: CurrentSchema } ? state : new DialogStackState();
        }
        catch (JsonException)
        {
            return new DialogStackState();
        }
    }
}
