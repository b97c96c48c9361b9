using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lianzheng.Dialogs.Engine;

/// <summary>The persisted stack of a conversation; versioned so that an incompatible old state is reset, not misread.</summary>
public sealed class DialogStackState
{
    /// <summary>2: prompts keep typed options (<see cref="Prompts.PromptOptions"/> per prompt kind) and choices with
    /// their values (<see cref="Prompts.Choice"/>); a stack stored before that is reset (see <see cref="Outdated"/>).</summary>
    public const int CurrentSchema = 2;

    public int Schema { get; set; } = CurrentSchema;

    public List<DialogInstance> Stack { get; set; } = [];

    /// <summary>Whether a stored conversation was dropped because it was saved in another shape (an older version of
    /// the bot, or unreadable): the user is told that what he had begun was cancelled.</summary>
    [JsonIgnore]
    public bool Outdated { get; private init; }

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
            return state is { Schema: CurrentSchema, Stack: not null } ? state : new DialogStackState { Outdated = state is { Stack.Count: > 0 } };
        }
        catch (JsonException)
        {
            return new DialogStackState { Outdated = true };
        }
    }
}
