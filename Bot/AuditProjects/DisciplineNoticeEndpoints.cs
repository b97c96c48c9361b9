using System.Net;
using Lianzheng.Core.AuditProjects;
using Lianzheng.Core.Time;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Lianzheng.Bot.AuditProjects;

/// <summary>GET /audit-notices/{code}: the project's 审计纪律告知书 for the team leader to print and post at the audited unit.
/// No sign-in: the code is an <see cref="AccessCodes"/> value sent only to the team leader.</summary>
internal static class DisciplineNoticeEndpoints
{
    private const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static WebApplication MapDisciplineNotices(this WebApplication app)
    {
        app.MapGet("/audit-notices/{code}", DownloadAsync);
        return app;
    }

    private static async Task<IResult> DownloadAsync(
        string code, HttpResponse response, AuditFieldworkService fieldwork, IOptions<BureauOptions> bureau, CancellationToken cancellationToken)
    {
        // Neither the document nor the page saying the link is wrong belongs in a cache or a search engine.
        response.Headers.CacheControl = "no-store";
        response.Headers["X-Robots-Tag"] = "noindex";
        var notice = await fieldwork.NoticeAsync(code, cancellationToken);
        if (notice is null)
        {
            return Results.Content(NotFoundPage(bureau.Value.Name), "text/html; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        }

        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
        {
            FileName = DisciplineNoticeTexts.AsciiFileName,
            FileNameStar = AuditProjectTexts.NoticeFileName,
        }.ToString();
        return Results.Bytes(DisciplineNoticeDocument.Build(notice), DocxContentType);
    }

    private static string NotFoundPage(string bureau) => $$"""
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex">
        <title>{{DisciplineNoticeTexts.NotFoundTitle}}</title>
        <style>
        body { margin: 0; font-family: system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; background: #f5f5f5; color: #222; }
        main { max-width: 32rem; margin: 15vh auto; padding: 2rem 1.5rem; background: #fff; border-radius: 8px; }
        h1 { font-size: 1.3rem; margin: 0 0 1rem; color: #b71c1c; }
        p { line-height: 1.7; margin: 0; }
        </style>
        </head>
        <body>
        <main>
        <h1>{{DisciplineNoticeTexts.NotFoundHeading}}</h1>
        <p>{{WebUtility.HtmlEncode(DisciplineNoticeTexts.NotFoundAdvice(bureau))}}</p>
        </main>
        </body>
        </html>
        """;
}
