using Lianzheng.Core.Persistence;
using Lianzheng.Fakes;
using Lianzheng.Tests.Support;
using Lianzheng.Tools.MigrationScaffolder;
using Microsoft.Extensions.DependencyInjection;

namespace Lianzheng.Tests.Core.Persistence;

/// <summary>The bot starts on compiled models of its database context, one per database, instead of building the model
/// from its configuration at every start. They must say what the configuration says: EF Core's generator writes them
/// again here, and every file must be as it is in Bot.Core (but for the model's id, drawn anew each time).</summary>
public sealed class CompiledModelTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public void The_compiled_model_is_what_the_model_configuration_generates(DatabaseProvider provider)
    {
        var folder = Path.Combine(BotProcess.RepositoryRoot(), CompiledModels.Folders[provider]);
        var generated = CompiledModels.Generate(provider).ToDictionary(f => f.Path, f => CompiledModels.Comparable(f.Code));
        var stored = Directory.GetFiles(folder, "*.cs").ToDictionary(f => Path.GetFileName(f), f => CompiledModels.Comparable(File.ReadAllText(f)));

        var differing = generated.Keys.Union(stored.Keys)
            .Where(name => !generated.TryGetValue(name, out var code) || !stored.TryGetValue(name, out var file) || code != file)
            .Order().ToList();
        Assert.True(differing.Count == 0,
            $"The compiled model of {provider} is not what the model now says ({string.Join(", ", differing)}): "
            + "write it again with `dotnet run --project tools/MigrationScaffolder -- --compiled-models`.");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task The_running_bot_uses_its_database_s_compiled_model(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var app = new BotApp(store);
        _ = app.CreateClient();
        await using var scope = app.Services.CreateAsyncScope();
        var model = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>().Model;

        var expected = provider == DatabaseProvider.Sqlite
            ? typeof(Lianzheng.Core.Persistence.CompiledModels.Sqlite.LianzhengDbContextModel)
            : typeof(Lianzheng.Core.Persistence.CompiledModels.Postgres.LianzhengDbContextModel);
        Assert.IsType(expected, model);
    }
}
