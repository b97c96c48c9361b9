using System.Text;
using Lianzheng.Bot.Hosting;
using Lianzheng.Core.AuditProjects;
using Lianzheng.Core.Texts;
using Lianzheng.Core.Time;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Lianzheng.Bot.AuditProjects;

/// <summary>The public 廉政回访 page, /feedback/{code}: the audited unit answers without signing in (the code, 256 random
/// bits, is the key); antiforgery-protected, size- and rate-limited, with no script and nothing from elsewhere.</summary>
internal static class FeedbackEndpoints
{
    /// <summary>The largest form the page can send, with a margin: 3600 characters of text at their limits (5 × 500
    /// details, 1000 remarks, 100 contact), 9 bytes each when a Chinese character is percent-encoded, plus the token,
    /// the key and the field names. Anything larger is refused before it is read (413).</summary>
    public const int MaxBodyBytes = 40 * 1024;

    /// <summary>Page views per client address and minute: a unit fills the form in a few views, whoever tries codes is slowed.</summary>
    public const int ViewsPerMinute = 60;

    /// <summary>Posts per client address in <see cref="PostWindow"/>: a unit answers once or twice (and corrects a
    /// refused form a few times); a flood is turned away before it reaches the database.</summary>
    public const int PostsPerWindow = 10;

    public static readonly TimeSpan PostWindow = TimeSpan.FromMinutes(10);

    public const string ViewPolicy = "feedback-view";
    public const string PostPolicy = "feedback-post";

    /// <summary>The page has 15 fields; a form with many more is not ours.</summary>
    private const int MaxFields = 40;

    private const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    public static WebApplicationBuilder AddFeedbackPage(this WebApplicationBuilder builder)
    {
        builder.Services.AddAntiforgery();
        builder.Services.AddRateLimiter(options =>
        {
            options.AddPolicy(ViewPolicy, new FeedbackRateLimitPolicy(ViewsPerMinute, TimeSpan.FromMinutes(1)));
            options.AddPolicy(PostPolicy, new FeedbackRateLimitPolicy(PostsPerWindow, PostWindow));
        });
        return builder;
    }

    /// <summary>Maps the page. The rate limiter runs for every request but limits only the endpoints that name a policy:
    /// these two.</summary>
    public static WebApplication MapFeedbackPage(this WebApplication app)
    {
        app.UseRateLimiter();
        app.MapGet("/feedback/{code}", ShowAsync).RequireRateLimiting(ViewPolicy);
        app.MapPost("/feedback/{code}", SubmitAsync).RequireRateLimiting(PostPolicy);
        return app;
    }

    /// <summary>The headers every 廉政回访 page carries, the 429 of the rate limiter included.</summary>
    public static void ApplyHeaders(HttpResponse response) => PageHeaders.Apply(response, ContentSecurityPolicy);

    private static async Task<IResult> ShowAsync(
        string code, HttpContext http, AuditFeedbackService feedback, IAntiforgery antiforgery, IOptions<BureauOptions> bureau,
        CancellationToken cancellationToken)
    {
        if (!AccessCodes.IsWellFormed(code))
        {
            return NotFound(http, bureau.Value.Name);
        }

        var form = await feedback.OpenAsync(code, cancellationToken);
        return form.State switch
        {
            FeedbackFormState.Open => ShowForm(http, antiforgery, form, AccessCodes.New(), FeedbackFormInput.Empty, new Dictionary<string, string>(), 200),
            FeedbackFormState.Expired => Expired(http, form),
            _ => NotFound(http, form.Bureau),
        };
    }

    private static async Task<IResult> SubmitAsync(
        string code, HttpContext http, AuditFeedbackService feedback, IAntiforgery antiforgery, IOptions<BureauOptions> bureau,
        ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(FeedbackEndpoints).FullName!);
        if (!AccessCodes.IsWellFormed(code))
        {
            return NotFound(http, bureau.Value.Name);
        }

        var body = await RequestBody.ReadCappedAsync(http.Request, MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            FeedbackLog.TooLarge(logger, MaxBodyBytes);
            return Html(http, StatusCodes.Status413PayloadTooLarge,
                FeedbackPage.Message(bureau.Value.Name, FeedbackTexts.TooLargeTitle, FeedbackTexts.TooLarge, link: http.Request.Path));
        }

        var fields = ReadForm(http.Request, body);
        if (fields is not null)
        {
            http.Features.Set<IFormFeature>(new FormFeature(fields));
        }

        var input = fields is null ? null : FeedbackFormInput.Read(fields);
        if (input is not { SubmissionKey: { } submissionKey } || !AccessCodes.IsWellFormed(submissionKey))
        {
            FeedbackLog.Stale(logger);
            return Html(http, StatusCodes.Status400BadRequest,
                FeedbackPage.Message(bureau.Value.Name, FeedbackTexts.StaleTitle, FeedbackTexts.Stale, link: http.Request.Path));
        }

        var form = await feedback.OpenAsync(code, cancellationToken);
        if (form.State != FeedbackFormState.Open)
        {
            return form.State == FeedbackFormState.Expired ? Expired(http, form) : NotFound(http, form.Bureau);
        }

        if (!await antiforgery.IsRequestValidAsync(http))
        {
            // Our own form whose token no longer holds (a restart without kept keys, a cookie cleared): nothing is stored,
            // but what the unit wrote comes back with a fresh token, to be sent again.
            FeedbackLog.Stale(logger);
            return ShowForm(http, antiforgery, form, submissionKey, input,
                new Dictionary<string, string> { [FeedbackFormInput.FormField] = FeedbackTexts.StaleKept }, StatusCodes.Status400BadRequest);
        }

        var (answers, errors) = input.Validate();
        if (answers is null)
        {
            return ShowForm(http, antiforgery, form, submissionKey, input, errors, StatusCodes.Status400BadRequest);
        }

        return await feedback.SubmitAsync(code, submissionKey, answers, cancellationToken) switch
        {
            FeedbackOutcome.Stored or FeedbackOutcome.AlreadyStored => Html(http, StatusCodes.Status200OK, FeedbackPage.Thanks(form.Bureau, form.ReportingPhone)),
            FeedbackOutcome.Expired => Expired(http, form),
            _ => NotFound(http, form.Bureau),
        };
    }

    /// <summary>The urlencoded form (what the page posts), or null for anything else: another content type, more
    /// fields than the page has, a key longer than any of ours.</summary>
    private static FormCollection? ReadForm(HttpRequest request, byte[] body)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || !type.MediaType.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            using var reader = new FormReader(Encoding.UTF8.GetString(body))
            {
                ValueCountLimit = MaxFields,
                KeyLengthLimit = 64,
                ValueLengthLimit = MaxBodyBytes,
            };
            return new FormCollection(reader.ReadForm());
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static IResult ShowForm(HttpContext http, IAntiforgery antiforgery, FeedbackForm form, string submissionKey, FeedbackFormInput input,
        IReadOnlyDictionary<string, string> errors, int status)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        return Html(http, status, FeedbackPage.Form(form, tokens.FormFieldName, tokens.RequestToken!, submissionKey, input, errors));
    }

    private static IResult Expired(HttpContext http, FeedbackForm form) =>
        Html(http, StatusCodes.Status410Gone, FeedbackPage.Message(form.Bureau, FeedbackTexts.ExpiredTitle,
            FeedbackTexts.Expired(DomainNames.Date(form.OpenUntil.GetValueOrDefault())),
            string.IsNullOrWhiteSpace(form.ReportingPhone) ? null : FeedbackTexts.ExpiredPhone(form.ReportingPhone.Trim())));

    private static IResult NotFound(HttpContext http, string bureau) =>
        Html(http, StatusCodes.Status404NotFound, FeedbackPage.Message(bureau, FeedbackTexts.NotFoundTitle, FeedbackTexts.NotFound));

    private static IResult Html(HttpContext http, int status, string html)
    {
        ApplyHeaders(http.Response);
        return Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, status);
    }
}
