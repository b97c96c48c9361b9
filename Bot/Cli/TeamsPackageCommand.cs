using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using System.Text.RegularExpressions;

namespace Lianzheng.Bot.Cli;

/// <summary><c>teams-package --app-id &lt;guid&gt; --out &lt;zip&gt; [--version x.y.z] [--public-base-url https://…]
/// [--entra-client-id &lt;guid&gt;]</c>: fills the manifest's placeholders and writes the zip Teams accepts (manifest.json and the
/// two icons at its root). With the public address, the package also has the 工作台 as a personal tab (Teams opens
/// {address}/workbench/teams, which signs in with Teams), whose host is a valid domain, and the webApplicationInfo Teams
/// needs to give the tab a token: the Entra application (the bot's own unless --entra-client-id names another, as
/// Workbench:Entra:ClientId does) and its Application ID URI api://{host}/{client id}.</summary>
public static partial class TeamsPackageCommand
{
    /// <summary>Needs neither the bot's configuration nor its database.</summary>
    internal static Command Create()
    {
        var appId = new Option<Guid?>("--app-id") { HelpName = "guid", Description = CliTexts.TeamsPackageAppIdDescription, CustomParser = AppId };
        var output = CliSyntax.Value("--out", "file.zip", CliTexts.TeamsPackageOutDescription);
        var version = CliSyntax.Value("--version", "1.0.0", CliTexts.TeamsPackageVersionDescription);
        version.DefaultValueFactory = _ => "1.0.0";
        version.Validators.Add(result =>
        {
            if (result.Tokens is [var token] && !SemanticVersion().IsMatch(token.Value))
            {
                result.AddError(CliTexts.TeamsPackageBadVersion(token.Value));
            }
        });
        var publicBaseUrl = new Option<Uri?>("--public-base-url")
        {
            HelpName = "https://…", Description = CliTexts.TeamsPackagePublicBaseUrlDescription, CustomParser = PublicBaseUrl,
        };
        var entraClientId = new Option<Guid?>("--entra-client-id")
        {
            HelpName = "guid", Description = CliTexts.TeamsPackageEntraClientIdDescription, CustomParser = result => Guid(result, CliTexts.TeamsPackageBadEntraClientId),
        };
        var command = new CliCommand("teams-package", CliTexts.TeamsPackageDescription, CliTexts.TeamsPackageUsage, takesSettings: false)
        {
            appId, output, version, publicBaseUrl, entraClientId,
        };
        CliSyntax.Require(command, appId);
        CliSyntax.Require(command, output);
        command.SetAction(parse => WriteAsync(parse.InvocationConfiguration.Output, parse.GetValue(appId)!.Value, parse.GetValue(output)!,
            parse.GetValue(version)!, parse.GetValue(publicBaseUrl), parse.GetValue(entraClientId)));
        return command;
    }

    private static async Task<int> WriteAsync(TextWriter console, Guid guid, string output, string version, Uri? publicBaseUrl, Guid? entraClientId)
    {
        await File.WriteAllBytesAsync(output, Build(guid, version, publicBaseUrl, entraClientId));
        await console.WriteLineAsync(CliTexts.TeamsPackageWritten(Path.GetFullPath(output)));
        return 0;
    }

    /// <summary>The manifest with its placeholders filled; with the public address, the 工作台 tab too.</summary>
    public static string Manifest(Guid appId, string version, Uri? publicBaseUrl = null, Guid? entraClientId = null)
    {
        var manifest = Resource("manifest.json", stream => new StreamReader(stream).ReadToEnd())
            .Replace("{{APP_ID}}", appId.ToString("D"), StringComparison.Ordinal)
            .Replace("{{VERSION}}", version, StringComparison.Ordinal);
        if (publicBaseUrl is null)
        {
            return manifest;
        }

        var json = JsonNode.Parse(manifest)!.AsObject();
        var workbench = publicBaseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/workbench";
        // Teams shows contentUrl in its frame (the page that signs in with Teams); websiteUrl is what "open in browser" opens.
        json["staticTabs"] = new JsonArray(new JsonObject
        {
            ["entityId"] = "workbench", ["name"] = CliTexts.TeamsWorkbenchTab, ["contentUrl"] = workbench + "/teams", ["websiteUrl"] = workbench,
            ["scopes"] = new JsonArray("personal"),
        });
        var client = (entraClientId ?? appId).ToString("D");
        json["webApplicationInfo"] = new JsonObject
        {
            ["id"] = client, ["resource"] = Workbench.TeamsTabTokens.ResourceUri(publicBaseUrl, client),
        };
        json["validDomains"] = new JsonArray(publicBaseUrl.IsDefaultPort ? publicBaseUrl.Host : publicBaseUrl.Authority);
        return json.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) });
    }

    public static byte[] Build(Guid appId, string version, Uri? publicBaseUrl = null, Guid? entraClientId = null)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var writer = new StreamWriter(zip.CreateEntry("manifest.json").Open()))
            {
                writer.Write(Manifest(appId, version, publicBaseUrl, entraClientId));
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

    private static Guid? AppId(ArgumentResult result) => Guid(result, CliTexts.TeamsPackageBadAppId);

    private static Guid? Guid(ArgumentResult result, Func<string, string> refusal)
    {
        if (result.Tokens is not [var token])
        {
            return null; // no value, or several: System.CommandLine reports it
        }

        if (System.Guid.TryParse(token.Value, out var guid))
        {
            return guid;
        }

        result.AddError(refusal(token.Value));
        return null;
    }

    private static Uri? PublicBaseUrl(ArgumentResult result)
    {
        if (result.Tokens is not [var token])
        {
            return null;
        }

        if (Uri.TryCreate(token.Value, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps && url.Query.Length == 0 && url.Fragment.Length == 0)
        {
            return url;
        }

        result.AddError(CliTexts.TeamsPackageBadPublicBaseUrl(token.Value));
        return null;
    }

    [GeneratedRegex(@"^\d{1,5}\.\d{1,5}\.\d{1,5}$")]
    private static partial Regex SemanticVersion();
}
