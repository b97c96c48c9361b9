using System.Text.Json;
using System.Text.Json.Nodes;

namespace Lianzheng.Dialogs.Engine;

/// <summary>The values a waterfall keeps between its steps, persisted as JSON.</summary>
public sealed class StepValues(JsonObject values)
{
    public void Set<T>(string key, T value) => values[key] = JsonSerializer.SerializeToNode(value, DialogStackState.Json);

    public T? Get<T>(string key) => values[key] is { } node ? node.Deserialize<T>(DialogStackState.Json) : default;

    public T GetRequired<T>(string key) =>
        Get<T>(key) ?? throw new InvalidOperationException($"The waterfall value '{key}' has not been set.");

    public bool Has(string key) => values.ContainsKey(key);
}
