using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;

namespace Lianzheng.Bot.Cli;

/// <summary><c>teams-package --app-id &lt;guid&gt; --out &lt;zip&gt; [--version x.y.z]</c>: fills the manifest's placeholders
/// and writes the zip Teams accepts (manifest.json and the two icons at its root).</summary>
public static partial class TeamsPackageCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = Parse(args);
        if (!options.TryGetValue("--app-id", out var appId) || !options.TryGetValue("--out", out var output))
        {
            await Console.Error.WriteLineAsync(CliTexts.TeamsPackageUsage);
            return 2;
        }

        if (!Guid.TryParse(appId, out var guid))
        {
            await Console.Error.WriteLineAsync(string.Format(CultureInfo.InvariantCulture, CliTexts.TeamsPackageBadAppId, appId));
            return 2;
        }

        var version = options.GetValueOrDefault("--version", "1.0.0");
        if (!SemanticVersion().IsMatch(version))
        {
            await Console.Error.WriteLineAsync(string.Format(CultureInfo.InvariantCulture, CliTexts.TeamsPackageBadVersion, version));
            return 2;
        }

        await File.WriteAllBytesAsync(output, Build(guid, version));
        await Console.Out.WriteLineAsync(string.Format(CultureInfo.InvariantCulture, CliTexts.TeamsPackageWritten, Path.GetFullPath(output)));
        return 0;
    }

    /// <summary>The manifest with its placeholders filled.</summary>
    public static string Manifest(Guid appId, string version) =>
        Resource("manifest.json", stream => new StreamReader(stream).ReadToEnd())
            .Replace("{{APP_ID}}", appId.ToString("D"), StringComparison.Ordinal)
            .Replace("{{VERSION}}", version, StringComparison.Ordinal);

    public static byte[] Build(Guid appId, string version)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var writer = new StreamWriter(zip.CreateEntry("manifest.json").Open()))
            {
                writer.Write(Manifest(appId, version));
            }

            foreach (var icon in new[] { "color.png", "outline.png" })
            {
                using var entry = zip.CreateEntry(icon).Open();
                Resource(icon, stream => { stream.CopyTo(entry); return 0; });
            }
        }

        return buffer.ToArray();
    }

    private static T Resource<T>(string name, Func<Stream, T> read)
    {
        using var stream = typeof(TeamsPackageCommand).Assembly.GetManifestResourceStream("Lianzheng.Bot.Teams." + name)
            ?? throw new InvalidOperationException($"The Teams package file {name} is not embedded.");
        return read(stream);
    }

    private static Dictionary<string, string> Parse(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            options[args[i]] = args[i + 1];
        }

        return options;
    }

    [GeneratedRegex(@"^\d{1,5}\.\d{1,5}\.\d{1,5}$")]
    private static partial Regex SemanticVersion();
}
