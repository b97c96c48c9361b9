using System.Text.Json;
using Lianzheng.Bot.Hosting;
using Lianzheng.Bot.Inbound;
using Lianzheng.Core.Messaging;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Lianzheng.Bot.Teams;

/// <summary>POST /api/messages, the Bot Framework endpoint Teams calls.</summary>
public static partial class TeamsEndpoints
{
    private const int MaxBodyBytes = 256 * 1024;

    public static WebApplicationBuilder AddTeamsChannel(this WebApplicationBuilder builder)
    {
        builder.Services.AddTeamsIdentity();
        builder.Services.AddOptions<TeamsOptions>()
            .Validate(o => !o.Enabled || !string.IsNullOrWhiteSpace(o.AppPassword),
                "Channels:Teams:AppPassword is required when Channels:Teams:AppId is set (the bot's client secret).")
            .Validate(o => !o.Enabled || Uri.IsWellFormedUriString(o.OpenIdMetadataUrl, UriKind.Absolute),
                "Channels:Teams:OpenIdMetadataUrl must be an absolute URL.")
            .Validate(o => !o.Enabled || o.TokenAuthority.Length > 0,
                "Channels:Teams:TokenEndpoint must be an https URL of the form https://host/{tenant}/oauth2/v2.0/token.")
            .Validate(o => !o.Enabled || o.ServiceUrlHosts.All(h => Uri.CheckHostName(h) != UriHostNameType.Unknown),
                "Channels:Teams:AllowedServiceUrlHosts must list bare host names such as smba.trafficmanager.net " +
                "(no scheme, port, path or wildcard; a host allows its subdomains).")
            .ValidateOnStart();
        if (string.IsNullOrWhiteSpace(builder.Configuration[TeamsOptions.SectionName + ":AppId"]))
        {
            return builder;
        }

        var services = builder.Services;
        services.AddChannelHttpClients();
        services.AddSingleton<BotFrameworkAuthenticator>();
        services.AddSingleton<ConnectorTokenProvider>();
        services.AddScoped<ConnectorClient>();
        services.AddScoped<TeamsConversationStore>();
        services.AddSingleton<TeamsConversationPolicy>();
        services.AddSingleton<TeamsReferenceCache>();
        services.AddSingleton<TeamsTurns>();
        services.AddSingleton<IInboundProcessor>(sp => sp.GetRequiredService<TeamsTurns>());
        services.AddSingleton<IChannelSender, TeamsSender>();
        services.AddChannelReach<TeamsReach>();
        return builder;
    }

    /// <summary>What the operator commands need of Teams as well: the options, the tenant guard and explicit linking.</summary>
    public static IServiceCollection AddTeamsIdentity(this IServiceCollection services)
    {
        services.AddOptions<TeamsOptions>().BindConfiguration(TeamsOptions.SectionName);
        services.TryAddSingleton<TeamsTenantGuard>();
        services.TryAddScoped<TeamsAccountLinker>();
        return services;
    }

    public static WebApplication MapTeams(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<TeamsOptions>>().Value.Enabled)
        {
            app.MapPost("/api/messages", HandleAsync);
        }

        return app;
    }

    private static async Task<IResult> HandleAsync(
        HttpRequest request, BotFrameworkAuthenticator authenticator, TeamsConversationPolicy policy, InboundQueue queue, TeamsTurns turns,
        ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(TeamsEndpoints));
        var bytes = await RequestBody.ReadCappedAsync(request, MaxBodyBytes, cancellationToken);
        if (bytes is null)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(bytes, Activity.Json);
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }

        // type, from, recipient, conversation and serviceUrl: without them there is nothing to answer, nor anyone to.
        if (activity is null || !TeamsConversationPolicy.HasRequiredFields(activity))
        {
            return Results.BadRequest();
        }

        if (await authenticator.AuthenticateAsync(request.Headers.Authorization.ToString() is { Length: > 0 } header ? header : null, activity, cancellationToken)
            is { } reason)
        {
            LogUnauthenticated(logger, reason);
            return Results.Unauthorized();
        }

        // Another tenant: refused before anything is stored. A group chat or channel: only the request to talk 1:1 (an
        // invoke gets it as its answer; a message is queued, and its turn says nothing else).
        switch (await policy.AdmitAsync(activity, cancellationToken))
        {
            case TeamsAdmission.Refused:
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            case TeamsAdmission.PersonalOnly when activity.Type == "invoke" && activity.Name == "adaptiveCard/action":
                return Results.Json(TeamsConversationPolicy.PersonalOnlyInvokeResponse(), statusCode: StatusCodes.Status200OK);
        }

        switch (activity.Type)
        {
            case "invoke" when activity.Name == "adaptiveCard/action":
                return Results.Json(await turns.InvokeAsync(activity, cancellationToken), statusCode: StatusCodes.Status200OK);
            case "invoke":
                return Results.StatusCode(StatusCodes.Status501NotImplemented);
            case "message" or "conversationUpdate" or "installationUpdate":
                var key = $"{activity.Conversation!.Id}|{activity.Id ?? Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes))}";
                if (!await queue.AcceptAsync(Channels.Teams, key, activity.From!.Id!, System.Text.Encoding.UTF8.GetString(bytes), cancellationToken))
                {
                    LogDuplicate(logger, key);
                }

                return Results.Ok();
            default:
                return Results.Ok();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected a Teams request: {Reason}")]
    private static partial void LogUnauthenticated(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Teams activity {Key} was delivered again; processed once")]
    private static partial void LogDuplicate(ILogger logger, string key);
}
