using System.Text.Json;
using Lianzheng.Bot.Inbound;
using Lianzheng.Core.Messaging;
using Microsoft.Extensions.Options;

namespace Lianzheng.Bot.Teams;

/// <summary>POST /api/messages, the Bot Framework endpoint Teams calls.</summary>
public static partial class TeamsEndpoints
{
    private const long MaxBodyBytes = 256 * 1024;

    public static WebApplicationBuilder AddTeamsChannel(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<TeamsOptions>()
            .BindConfiguration(TeamsOptions.SectionName)
            .Validate(o => !o.Enabled || !string.IsNullOrWhiteSpace(o.AppPassword),
                "Channels:Teams:AppPassword is required when Channels:Teams:AppId is set (the bot's client secret).")
            .Validate(o => !o.Enabled || Uri.IsWellFormedUriString(o.OpenIdMetadataUrl, UriKind.Absolute),
                "Channels:Teams:OpenIdMetadataUrl must be an absolute URL.")
            .Validate(o => !o.Enabled || Uri.IsWellFormedUriString(o.ResolvedTokenEndpoint, UriKind.Absolute),
                "Channels:Teams:TokenEndpoint must be an absolute URL.")
            .Validate(o => !o.Enabled || o.AllowedServiceUrlHosts.Length > 0,
                "Channels:Teams:AllowedServiceUrlHosts is empty: no service URL could be called.")
            .ValidateOnStart();
        if (string.IsNullOrWhiteSpace(builder.Configuration[TeamsOptions.SectionName + ":AppId"]))
        {
            return builder;
        }

        var services = builder.Services;
        services.AddHttpClient(BotFrameworkAuthenticator.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(15));
        services.AddHttpClient(ConnectorTokenProvider.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(15));
        services.AddHttpClient(ConnectorClient.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton<BotFrameworkAuthenticator>();
        services.AddSingleton<ConnectorTokenProvider>();
        services.AddScoped<ConnectorClient>();
        services.AddScoped<TeamsConversationStore>();
        services.AddSingleton<TeamsTurns>();
        services.AddSingleton<IInboundProcessor>(sp => sp.GetRequiredService<TeamsTurns>());
        services.AddSingleton<IChannelSender, TeamsSender>();
        services.AddChannelReach<TeamsReach>();
        return builder;
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
        HttpRequest request, BotFrameworkAuthenticator authenticator, InboundQueue queue, TeamsTurns turns,
        ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(TeamsEndpoints));
        if (request.ContentLength > MaxBodyBytes)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        string body;
        Activity? activity;
        try
        {
            using var reader = new StreamReader(request.Body);
            var buffer = new char[MaxBodyBytes + 1];
            var read = await reader.ReadBlockAsync(buffer, cancellationToken);
            if (read > MaxBodyBytes)
            {
                return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
            }

            body = new string(buffer, 0, read);
            activity = JsonSerializer.Deserialize<Activity>(body, Activity.Json);
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }

        if (activity is null || string.IsNullOrEmpty(activity.Type))
        {
            return Results.BadRequest();
        }

        if (await authenticator.AuthenticateAsync(request.Headers.Authorization.ToString() is { Length: > 0 } header ? header : null, activity, cancellationToken)
            is { } reason)
        {
            LogUnauthenticated(logger, reason);
            return Results.Unauthorized();
        }

        if (activity.From?.Id is null || activity.Conversation?.Id is null || activity.ServiceUrl is null)
        {
            return Results.BadRequest();
        }

        switch (activity.Type)
        {
            case "invoke" when activity.Name == "adaptiveCard/action":
                return Results.Json(await turns.InvokeAsync(activity, cancellationToken), statusCode: StatusCodes.Status200OK);
            case "invoke":
                return Results.StatusCode(StatusCodes.Status501NotImplemented);
            case "message" or "conversationUpdate" or "installationUpdate":
                var key = $"{activity.Conversation.Id}|{activity.Id ?? Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(body)))}";
                if (!await queue.AcceptAsync(Channels.Teams, key, activity.From.Id, body, cancellationToken))
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
