using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Lianzheng.Core.Persistence;

/// <summary>What is worked out once from an EF model (a table's mapping, a prepared statement's text), kept per model
/// and key for as long as the model lives: the statements built from it are on the path of every message.</summary>
internal sealed class PerModel<TKey, TValue>
    where TKey : notnull
    where TValue : class
{
    private readonly ConditionalWeakTable<IModel, ConcurrentDictionary<TKey, TValue>> _values = new();

    public TValue Get<TArgument>(IModel model, TKey key, Func<TKey, TArgument, TValue> make, TArgument argument) =>
        _values.GetOrCreateValue(model).GetOrAdd(key, make, argument);
}
