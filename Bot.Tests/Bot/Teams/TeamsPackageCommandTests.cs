using System.IO.Compression;
using Lianzheng.Bot.Cli;
using Lianzheng.Core.Messaging;
using NJsonSchema;

namespace Lianzheng.Tests.Bot.Teams;

public sealed class TeamsPackageCommandTests
{
    private static readonly string SchemaPath = Path.Combine(RepositoryRoot(), "manifests", "teams", "teams-manifest-v1.29.schema.json");

    [Fact]
    public async Task The_package_holds_a_manifest_valid_against_the_v1_29_schema_and_the_two_icons()
    {
        var output = Path.Combine(Directory.CreateTempSubdirectory("teams-package-").FullName, "lianzheng.zip");
        var appId = Guid.NewGuid();
        Assert.Equal(0, await CliVerbs.RunAsync(["teams-package", "--app-id", appId.ToString(), "--out", output, "--version", "1.2.3"]));

        using var zip = ZipFile.OpenRead(output);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
        var manifest = await new StreamReader(zip.GetEntry("manifest.json")!.Open()).ReadToEndAsync();
        Assert.DoesNotContain("{{", manifest, StringComparison.Ordinal);
        Assert.Contains(appId.ToString("D"), manifest, StringComparison.Ordinal);

        var schema = await JsonSchema.FromFileAsync(SchemaPath);
        var errors = schema.Validate(manifest);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));

        Assert.Equal((192, 192), PngSize(zip.GetEntry("color.png")!));
        Assert.Equal((32, 32), PngSize(zip.GetEntry("outline.png")!));
    }

    [Fact]
    public async Task With_the_public_address_the_package_has_the_workbench_as_a_personal_tab_valid_against_the_schema()
    {
        var output = Path.Combine(Directory.CreateTempSubdirectory("teams-package-").FullName, "lianzheng.zip");
        var appId = Guid.NewGuid();
        Assert.Equal(0, await CliVerbs.RunAsync(
            ["teams-package", "--app-id", appId.ToString(), "--out", output, "--public-base-url", "https://lianzheng.example.gov.cn/"]));

        using var zip = ZipFile.OpenRead(output);
        var manifest = await new StreamReader(zip.GetEntry("manifest.json")!.Open()).ReadToEndAsync();
        var errors = (await JsonSchema.FromFileAsync(SchemaPath)).Validate(manifest);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));

        var json = System.Text.Json.Nodes.JsonNode.Parse(manifest)!;
        var tab = Assert.Single(json["staticTabs"]!.AsArray())!;
        Assert.Equal("工作台", tab["name"]!.GetValue<string>());
        Assert.Equal("https://lianzheng.example.gov.cn/workbench/teams", tab["contentUrl"]!.GetValue<string>()); // signs in with Teams
        Assert.Equal("https://lianzheng.example.gov.cn/workbench", tab["websiteUrl"]!.GetValue<string>());
        Assert.Equal(["personal"], tab["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal(["lianzheng.example.gov.cn"], json["validDomains"]!.AsArray().Select(d => d!.GetValue<string>()));
        // Teams gives the tab a token for the bot's Entra application (unless another is named) and its Application ID URI.
        Assert.Equal(appId.ToString("D"), json["webApplicationInfo"]!["id"]!.GetValue<string>());
        Assert.Equal($"api://lianzheng.example.gov.cn/{appId:D}", json["webApplicationInfo"]!["resource"]!.GetValue<string>());
        Assert.Contains("廉政助手", manifest, StringComparison.Ordinal); // Chinese kept as itself
        Assert.Equal(0, await CliVerbs.RunAsync(["teams-package", "--app-id", Guid.NewGuid().ToString(), "--out", output]));
        using var plain = ZipFile.OpenRead(output);
        Assert.DoesNotContain("staticTabs", await new StreamReader(plain.GetEntry("manifest.json")!.Open()).ReadToEndAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_tab_may_sign_in_with_an_Entra_application_other_than_the_bots()
    {
        var output = Path.Combine(Directory.CreateTempSubdirectory("teams-package-").FullName, "lianzheng.zip");
        var client = Guid.NewGuid();
        Assert.Equal(0, await CliVerbs.RunAsync(["teams-package", "--app-id", Guid.NewGuid().ToString(), "--out", output,
            "--public-base-url", "https://lianzheng.example.gov.cn:8443", "--entra-client-id", client.ToString()]));
        using var zip = ZipFile.OpenRead(output);
        var json = System.Text.Json.Nodes.JsonNode.Parse(await new StreamReader(zip.GetEntry("manifest.json")!.Open()).ReadToEndAsync())!;
        Assert.Equal(client.ToString("D"), json["webApplicationInfo"]!["id"]!.GetValue<string>());
        Assert.Equal($"api://lianzheng.example.gov.cn:8443/{client:D}", json["webApplicationInfo"]!["resource"]!.GetValue<string>());
        Assert.Equal(2, await CliVerbs.RunAsync(["teams-package", "--app-id", Guid.NewGuid().ToString(), "--out", output + "2",
            "--public-base-url", "https://lianzheng.example.gov.cn", "--entra-client-id", "not-a-guid"]));
        Assert.False(File.Exists(output + "2"));
    }

    [Fact]
    public async Task A_public_address_that_is_not_https_writes_nothing()
    {
        var output = Path.Combine(Directory.CreateTempSubdirectory("teams-package-").FullName, "x.zip");
        Assert.Equal(2, await CliVerbs.RunAsync(
            ["teams-package", "--app-id", Guid.NewGuid().ToString(), "--out", output, "--public-base-url", "http://lianzheng.example.gov.cn"]));
        Assert.False(File.Exists(output));
    }

    [Theory]
    [InlineData("not-a-guid", "1.0.0")]
    [InlineData("6f3c3c43-9c7a-4d5e-8b35-0b8f6c2b1a11", "v1")]
    public async Task A_bad_app_id_or_version_writes_nothing(string appId, string version)
    {
        var output = Path.Combine(Directory.CreateTempSubdirectory("teams-package-").FullName, "x.zip");
        Assert.Equal(2, await CliVerbs.RunAsync(["teams-package", "--app-id", appId, "--out", output, "--version", version]));
        Assert.False(File.Exists(output));
    }

    private static (int Width, int Height) PngSize(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        var header = new byte[24];
        stream.ReadExactly(header);
        return (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(20)));
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Lianzheng.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? AppContext.BaseDirectory;
    }
}
