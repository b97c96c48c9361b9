using System.Text.RegularExpressions;
using Lianzheng.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Scaffolding;
using Microsoft.Extensions.DependencyInjection;

namespace Lianzheng.Tools.MigrationScaffolder;

/// <summary>The compiled models of <see cref="LianzhengDbContext"/>, one per database (a compiled model is its provider's):
/// written by EF Core's own generator (what <c>dotnet ef dbcontext optimize</c> runs) into Bot.Core, and used at start
/// instead of building the model from its configuration (half a second of every start). Bot.Tests generates them again
/// and fails when the files differ from what the model now says.</summary>
public static partial class CompiledModels
{
    /// <summary>Where each database's compiled model lives, relative to the repository's root.</summary>
    public static IReadOnlyDictionary<DatabaseProvider, string> Folders { get; } = new Dictionary<DatabaseProvider, string>
    {
        [DatabaseProvider.Sqlite] = Path.Combine("Bot.Core", "Persistence", "CompiledModels", "Sqlite"),
        [DatabaseProvider.Postgres] = Path.Combine("Bot.Core", "Persistence", "CompiledModels", "Postgres"),
    };

    /// <summary>The files of a database's compiled model, as EF Core generates them from the model's configuration.</summary>
    public static IReadOnlyCollection<ScaffoldedFile> Generate(DatabaseProvider provider)
    {
        using var design = DesignTime.Open(provider);
        var generator = design.Services.GetRequiredService<ICompiledModelCodeGeneratorSelector>().Select(new CompiledModelCodeGenerationOptions { Language = "C#" });
        var files = generator.GenerateModel(design.Context.GetService<IDesignTimeModel>().Model, new CompiledModelCodeGenerationOptions
        {
            ContextType = typeof(LianzhengDbContext),
            ModelNamespace = $"Lianzheng.Core.Persistence.CompiledModels.{provider}",
            Language = "C#",
            UseNullableReferenceTypes = true,
        });
        // Without its assembly attribute: the two models are of one context, and each backend names its own (UseModel).
        return [.. files.Where(f => !f.Path.EndsWith("AssemblyAttributes.cs", StringComparison.Ordinal))];
    }

    /// <summary>Writes the files of every database's compiled model, replacing what was there.</summary>
    public static void Write(string repositoryRoot)
    {
        foreach (var (provider, folder) in Folders)
        {
            var directory = Path.Combine(repositoryRoot, folder);
            var generated = Generate(provider); // before anything is deleted: a failure leaves the models as they were
            var kept = Directory.Exists(directory)
                ? Directory.GetFiles(directory, "*.cs").ToDictionary(f => Path.GetFileName(f), File.ReadAllText)
                : [];
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }

            Directory.CreateDirectory(directory);
            foreach (var file in generated)
            {
                // A file that says the same keeps its model id: a model that did not change leaves no difference behind.
                var same = kept.TryGetValue(file.Path, out var old) && Comparable(old) == Comparable(file.Code);
                File.WriteAllText(Path.Combine(directory, file.Path), same ? old! : file.Code);
            }

            Console.WriteLine($"Wrote the compiled model of {provider} into {folder}");
        }
    }

    /// <summary>A compiled model's file without its model id, which the generator draws anew each time.</summary>
    public static string Comparable(string code) => ModelId().Replace(code, "modelId: new Guid()");

    [GeneratedRegex("""modelId: new Guid\("[0-9a-f-]{36}"\)""")]
    private static partial Regex ModelId();
}
