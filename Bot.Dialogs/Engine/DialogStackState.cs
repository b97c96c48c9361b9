using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
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

    /// <summary>The stack as it stood at each earlier question of the open dialog, newest last: 上一步 returns to the last
    /// one with the answers given before it. Forgotten when the dialog ends or starts over, and when a turn changed
    /// records (going back past a change would make it twice).</summary>
    public List<string> Back { get; set; } = [];

    /// <summary>How many questions 上一步 can go back: enough for the longest dialog's questions, few enough that the
    /// state written each turn stays small.</summary>
    public const int MaxBack = 16;

    /// <summary>Whether a stored conversation was dropped because it was saved in another shape (an older version of
    /// the bot, or unreadable): the user is told that what he had begun was cancelled.</summary>
    [JsonIgnore]
    public bool Outdated { get; private init; }

    /// <summary>How the state and the values and options inside it are written. Chinese as it is, not as \uXXXX: the
    /// state is stored in the database and never put into a page, and escaped every character took six bytes instead
    /// of three in a state loaded and saved on every turn (with its copies for 上一步: 11.8 against 8.6 KB at the third
    /// question of a wedding told in one sentence, bench/README.md). A state stored escaped reads back the same.</summary>
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The stack as it stands (to go back to), and the token of its pending question, if one is pending.</summary>
    public (string Stack, string? Question) Snapshot() => (JsonSerializer.Serialize(Stack, Json), Question(Stack));

    /// <summary>After a turn: remembers the stack it began with when it moved on to a new question of the same dialog.</summary>
    public void AfterTurn((string Stack, string? Question) before, bool startedOver, bool wentBack, bool changedRecords)
    {
        if (Stack.Count == 0 || startedOver || changedRecords)
        {
            Back.Clear();
            return;
        }

        if (!wentBack && before.Question is not null && Question(Stack) is { } now && now != before.Question)
        {
            Back.Add(before.Stack);
            if (Back.Count > MaxBack)
            {
                Back.RemoveAt(0);
            }
        }
    }

    internal static List<DialogInstance> ReadStack(string json) => JsonSerializer.Deserialize<List<DialogInstance>>(json, Json) ?? [];

    /// <summary>The token of the innermost pending prompt, down through the components' inner stacks.</summary>
    private static string? Question(List<DialogInstance> stack)
    {
        if (stack.Count == 0)
        {
            return null;
        }

        var state = stack[^1].State;
        while (state[ComponentDialog.InnerStackKey] is JsonArray { Count: > 0 } inner && inner[^1]?["state"] is JsonObject innerState)
        {
            state = innerState;
        }

        return state[Prompts.PromptActions.TokenKey]?.GetValue<string>();
    }

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
