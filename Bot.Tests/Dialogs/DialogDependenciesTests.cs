using System.Reflection;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Persistence;
using Lianzheng.Dialogs.Engine;
using Lianzheng.Dialogs.Routing;
using Lianzheng.Dialogs.Turns;
using Lianzheng.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Lianzheng.Tests.Dialogs;

/// <summary>Dialogs declare what they use: the services are constructor parameters, made in the turn's scope, so they
/// are the turn's (one database context, one unit of work); nothing in the dialogs looks services up or queries the
/// database itself.</summary>
public sealed class DialogDependenciesTests : IAsyncLifetime
{
    private static readonly BindingFlags Instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

    private DialogHarness _bot = null!;

    public async ValueTask InitializeAsync() => _bot = await DialogHarness.StartAsync();

    public ValueTask DisposeAsync() => _bot.DisposeAsync();

    [Fact]
    public void No_type_of_the_dialogs_takes_or_keeps_a_service_provider_or_the_database_context_except_the_turn_handler()
    {
        // Fields include the locals of async methods (their state machines), so a service looked up inside a step is found too.
        Type[] forbidden = [typeof(IServiceProvider), typeof(IServiceScopeFactory), typeof(LianzhengDbContext)];
        var offenders = typeof(BotDialog).Assembly.GetTypes()
            // The turn handler opens the turn's scope and unit of work (its async methods' state machines are nested in it).
            .Where(t => t != typeof(BotTurnHandler) && t.DeclaringType != typeof(BotTurnHandler))
            .SelectMany(t => t.GetConstructors(Instance).SelectMany(c => c.GetParameters()).Select(p => (t, p.ParameterType))
                .Concat(t.GetFields(Instance).Select(f => (t, f.FieldType)))
                .Concat(t.GetProperties(Instance).Select(p => (t, p.PropertyType))))
            .Where(x => forbidden.Any(f => f.IsAssignableFrom(x.Item2)))
            .Select(x => $"{x.t.Name}: {x.Item2.Name}")
            .Distinct()
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public async Task Each_turn_gets_its_own_dialogs_holding_that_turns_services()
    {
        await using var first = _bot.Services.CreateAsyncScope();
        await using var second = _bot.Services.CreateAsyncScope();
        var dialogs = first.ServiceProvider.GetRequiredService<DialogCatalog>();
        Assert.Same(dialogs, first.ServiceProvider.GetRequiredService<DialogCatalog>());
        Assert.NotSame(dialogs, second.ServiceProvider.GetRequiredService<DialogCatalog>());

        var held = 0;
        foreach (var dialog in first.ServiceProvider.GetServices<BotDialog>())
        {
            Assert.Same(dialog, dialogs.Find(dialog.Id));
            foreach (var field in dialog.GetType().GetFields(Instance))
            {
                if (field.GetValue(dialog) is { } value && first.ServiceProvider.GetService(field.FieldType) is { } service)
                {
                    Assert.Same(service, value);
                    held++;
                }
            }
        }

        // Every dialog that queries or records something holds at least one service of its turn.
        Assert.True(held >= 12, $"only {held} services held by the dialogs were checked");
    }
}
