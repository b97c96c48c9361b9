using System.Text.RegularExpressions;

namespace Lianzheng.Tests.Repository;

/// <summary>What the build's analyzers do not check about the sources: the line length .editorconfig sets, and one
/// public type per file named after it, in the product projects.</summary>
public sealed partial class SourceLayoutTests
{
    private static readonly string Root = FindRoot();

    private static readonly string[] ProductProjects = ["Bot", "Bot.Core", "Bot.Dialogs", "Bot.Scheduler"];

    [Fact]
    public void Every_line_of_csharp_is_within_the_editorconfig_limit()
    {
        var limit = MaxLineLength();
        var tooLong = Sources(["Bot", "Bot.Core", "Bot.Dialogs", "Bot.Scheduler", "Bot.Tests", "bench", "tools"])
            .Where(f => !IsGenerated(f))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Line: i + 1, line.Length)))
            .Where(l => l.Length > limit)
            .Select(l => $"{Path.GetRelativePath(Root, l.File)}:{l.Line} ({l.Length})")
            .ToList();
        Assert.True(tooLong.Count == 0, $"Lines longer than {limit} characters:\n" + string.Join("\n", tooLong));
    }

    [Fact]
    public void Every_product_file_holds_one_public_type_named_as_the_file()
    {
        var wrong = new List<string>();
        foreach (var file in Sources(ProductProjects).Where(f => !IsGenerated(f)))
        {
            var types = TopLevelPublicType().Matches(File.ReadAllText(file)).Select(m => m.Groups["name"].Value).ToList();
            var expected = Path.GetFileNameWithoutExtension(file);
            if (types.Count > 1 || (types.Count == 1 && types[0] != expected))
            {
                wrong.Add($"{Path.GetRelativePath(Root, file)}: {string.Join(", ", types)}");
            }
        }

        Assert.True(wrong.Count == 0, "Files whose public types are not one named as the file:\n" + string.Join("\n", wrong));
    }

    /// <summary>EF Core's generated code: the migrations and the compiled models (see tools/MigrationScaffolder).</summary>
    private static bool IsGenerated(string file) =>
        file.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
        || file.Contains($"{Path.DirectorySeparatorChar}CompiledModels{Path.DirectorySeparatorChar}", StringComparison.Ordinal);

    private static int MaxLineLength()
    {
        var section = false;
        foreach (var line in File.ReadLines(Path.Combine(Root, ".editorconfig")))
        {
            var text = line.Trim();
            if (text.StartsWith('['))
            {
                section = text == "[*.cs]";
            }
            else if (section && text.StartsWith("max_line_length", StringComparison.Ordinal))
            {
                return int.Parse(text.Split('=')[1].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidOperationException(".editorconfig sets no max_line_length for [*.cs]");
    }

    private static IEnumerable<string> Sources(IEnumerable<string> folders) =>
        folders.SelectMany(folder => Directory.EnumerateFiles(Path.Combine(Root, folder), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Lianzheng.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository (Lianzheng.sln) is not above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(
        @"^public\s+(?:(?:sealed|static|abstract|partial|readonly|ref)\s+)*" +
        @"(?:class|record\s+struct|record|enum|interface|struct|delegate\s+[\w<>\[\]?,. ]+?)\s+(?<name>\w+)",
        RegexOptions.Multiline)]
    private static partial Regex TopLevelPublicType();
}
