namespace Lianzheng.Bot.Hosting;

/// <summary>Started with <c>dotnet run --project Bot</c> from the repository, the bot runs as Development (demo bureau,
/// local web chat) on http://localhost:5080 without a launch profile: a launch profile makes <c>dotnet run</c> print a
/// line of its own on standard output, which would spoil the output of the operator verbs (holidays --json).
/// A published bot, or one whose environment is set, is left alone.</summary>
internal static class SourceCheckout
{
    public const string DevelopmentUrl = "http://localhost:5080";

    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        var fromSource = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") is null
            && Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") is null
            && File.Exists(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "Bot.csproj"));
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            EnvironmentName = fromSource ? Environments.Development : null,
        });
        if (fromSource && builder.Configuration["urls"] is null && Environment.GetEnvironmentVariable("ASPNETCORE_URLS") is null)
        {
            builder.WebHost.UseUrls(DevelopmentUrl);
        }

        return builder;
    }
}
