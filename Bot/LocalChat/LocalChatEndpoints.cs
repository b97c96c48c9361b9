using System.Globalization;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Personnel;
using Lianzheng.Core.Texts;
using Lianzheng.Core.Time;
using Lianzheng.Dialogs.Turns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lianzheng.Bot.LocalChat;

/// <summary>The local web chat: the /chat page and its small JSON API (DESIGN.md §3).</summary>
public static class LocalChatEndpoints
{
    private const int MaxTextLength = 2000;

    /// <summary>A request body larger than any valid message (2000 characters of text or action, JSON-escaped) is
    /// refused before it is read.</summary>
    private const int MaxBodyBytes = 32 * 1024;
    private static readonly System.Text.Json.JsonSerializerOptions RequestJson = new(System.Text.Json.JsonSerializerDefaults.Web);
    private const int MaxPushedPerCall = 100;

    public static WebApplicationBuilder AddLocalChat(this WebApplicationBuilder builder)
    {
        var isDevelopment = builder.Environment.IsDevelopment();
        // Whoever reaches the chat picks who he is: a demo and test tool until the workbench's sign-in protects it.
        builder.Services.AddOptions<LocalChatOptions>()
            .Configure(o => o.Enabled = isDevelopment)
            .BindConfiguration(LocalChatOptions.SectionName)
            .Validate(o => !o.Enabled || isDevelopment, LocalChatTexts.RefusedOutsideDevelopment(builder.Environment.EnvironmentName))
            .ValidateOnStart();
        var enabled = builder.Configuration.GetValue<bool?>(LocalChatOptions.SectionName + ":Enabled") ?? isDevelopment;
        if (enabled)
        {
            builder.Services.AddChannelReach<LocalChannelReach>();
        }

        return builder;
    }

    public static WebApplication MapLocalChat(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<LocalChatOptions>>().Value.Enabled)
        {
            return app;
        }

        app.MapGet("/", () => Results.Redirect("/chat"));
        app.MapGet("/chat", () => Results.Text(LocalChatPage.Html, "text/html; charset=utf-8"));
        app.MapGet("/favicon.svg", () => Results.Bytes(LocalChatPage.Favicon, "image/svg+xml"));
        app.MapGet("/favicon.ico", () => Results.Bytes(LocalChatPage.Favicon, "image/svg+xml"));
        app.MapGet("/api/local/confirmed", ConfirmedAsync);
        var api = app.MapGroup("/api/local");
        api.MapGet("/users", ListUsersAsync);
        api.MapPost("/messages", PostMessageAsync);
        api.MapGet("/messages", GetPushedAsync);
        return app;
    }

    private static async Task<IResult> ListUsersAsync(LianzhengDbContext db, CancellationToken cancellationToken)
    {
        var staff = await db.Staff.AsNoTracking().Include(s => s.Section).Include(s => s.Roles)
            .Where(s => s.IsActive).OrderBy(s => s.EmployeeNo).ToListAsync(cancellationToken);
        return Results.Ok(staff.Select(s => new LocalUser(
            s.Id.ToString(CultureInfo.InvariantCulture),
            s.Name,
            s.Section?.Name,
            [.. s.Roles.Select(r => r.Role).Order().Select(DomainNames.Of)])));
    }

    private static async Task<IResult> PostMessageAsync(
        HttpRequest http, BotTurnHandler turns, TimeProvider time, CancellationToken cancellationToken)
    {
        var body = await Hosting.RequestBody.ReadCappedAsync(http, MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return Results.Json(new { error = LocalChatTexts.TooLong }, statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        LocalMessageRequest? request;
        try
        {
            request = System.Text.Json.JsonSerializer.Deserialize<LocalMessageRequest>(body, RequestJson);
        }
        catch (System.Text.Json.JsonException)
        {
            return Results.BadRequest(new { error = LocalChatTexts.NotJson });
        }

        if (request is null || string.IsNullOrWhiteSpace(request.UserKey))
        {
            return Results.BadRequest(new { error = LocalChatTexts.MissingUser });
        }

        if (string.IsNullOrWhiteSpace(request.Text) && string.IsNullOrWhiteSpace(request.Action))
        {
            return Results.BadRequest(new { error = LocalChatTexts.MissingInput });
        }

        if (request.Text?.Length > MaxTextLength || request.Action?.Length > MaxTextLength)
        {
            return Results.BadRequest(new { error = LocalChatTexts.TooLong });
        }

        var inbound = new InboundMessage(Channels.Local, request.UserKey.Trim(), request.Text, request.Action, null, time.GetUtcNow());
        var outcome = await turns.HandleAsync(inbound, cancellationToken);
        return Results.Ok(new LocalTurnResponse([.. outcome.Replies.Select(LocalReply.From)]));
    }

    /// <summary>When the user confirmed the messages he was sent (by their message number): the page redraws a notice
    /// as 已确认 with the time as soon as its 已阅 has been answered.</summary>
    private static async Task<IResult> ConfirmedAsync(string? userId, LianzhengDbContext db, BureauClock clock, CancellationToken cancellationToken)
    {
        if (!int.TryParse(userId, NumberStyles.None, CultureInfo.InvariantCulture, out var recipientId))
        {
            return Results.BadRequest(new { error = LocalChatTexts.MissingUser });
        }

        var confirmed = await db.Deliveries.AsNoTracking()
            .Where(d => d.Channel == Channels.Local && d.RecipientId == recipientId && d.ConfirmedAt != null)
            .Select(d => new { d.MessageId, d.ConfirmedAt })
            .ToListAsync(cancellationToken);
        return Results.Ok(confirmed.ToDictionary(
            d => d.MessageId.ToString(CultureInfo.InvariantCulture),
            d => DomainNames.Confirmed(TimeZoneInfo.ConvertTime(d.ConfirmedAt!.Value, clock.TimeZone))));
    }

    private static bool IsAcknowledge(LocalButton button) => button.Action is { } action && Actions.TryParseAcknowledge(action, out _);

    /// <summary>Messages pushed to the user after the cursor; handing them to the page is their delivery.</summary>
    private static async Task<IResult> GetPushedAsync(
        string? userId, long? after, LianzhengDbContext db, TimeProvider time, BureauClock clock, CancellationToken cancellationToken)
    {
        if (!int.TryParse(userId, NumberStyles.None, CultureInfo.InvariantCulture, out var recipientId))
        {
            return Results.BadRequest(new { error = LocalChatTexts.MissingUser });
        }

        var cursor = after ?? 0;
        var deliveries = await db.Deliveries.Include(d => d.Message)
            .Where(d => d.Channel == Channels.Local && d.RecipientId == recipientId && d.Id > cursor
                && (d.Status == DeliveryStatus.Pending || d.Status == DeliveryStatus.Delivered))
            .OrderBy(d => d.Id)
            .Take(MaxPushedPerCall)
            .ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        foreach (var delivery in deliveries.Where(d => d.Status == DeliveryStatus.Pending))
        {
            delivery.Status = DeliveryStatus.Delivered;
            delivery.Attempts++;
            delivery.SentAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        return Results.Ok(new LocalPushResponse([.. deliveries.Select(d =>
        {
            var reply = LocalReply.From(OutboxWriter.ToOutbound(d.Message!));
            var confirmed = d.ConfirmedAt is { } at ? DomainNames.Confirmed(TimeZoneInfo.ConvertTime(at, clock.TimeZone)) : null;
            return new LocalPushedMessage(d.Id, d.Message!.CreatedAt, reply.Title, reply.Text, reply.Facts,
                confirmed is null ? reply.Buttons : [.. reply.Buttons.Where(b => !IsAcknowledge(b))], d.MessageId, confirmed);
        })]));
    }
}
