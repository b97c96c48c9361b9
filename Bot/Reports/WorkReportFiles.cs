using Lianzheng.Bot.Workbench.Exports;
using Lianzheng.Core.Audit;
using Lianzheng.Core.Reports;
using Lianzheng.Core.Time;

namespace Lianzheng.Bot.Reports;

/// <summary>The work report of a period as the files people download or the CLI writes: the Word document and the
/// workbook with one sheet per table, both from one set of figures. Each download is written to the audit trail (who,
/// which period, which format), from the 工作台 or the CLI.</summary>
public sealed class WorkReportFiles(WorkReportBuilder builder, ExportWriter excel, AuditTrail audit, BureauClock clock)
{
    public const string WordExtension = "docx", ExcelExtension = "xlsx";

    public const string DownloadedAction = "report.downloaded", EntityType = "WorkReport";

    /// <summary>The file, once its download is in the audit trail; <paramref name="actorId"/> null for the CLI.</summary>
    public async Task<(byte[] Bytes, string ContentType, string FileName)> DownloadAsync(
        int? actorId, string via, ReportPeriod period, string extension, CancellationToken cancellationToken)
    {
        var file = await WriteAsync(period, extension, cancellationToken);
        await audit.AppendAsync(actorId, DownloadedAction, EntityType, period.Key, new { format = extension, via }, cancellationToken);
        return file;
    }

    /// <summary>The file of the period in this format (<see cref="WordExtension"/> or <see cref="ExcelExtension"/>): its
    /// bytes, content type and file name.</summary>
    public async Task<(byte[] Bytes, string ContentType, string FileName)> WriteAsync(ReportPeriod period, string extension, CancellationToken cancellationToken)
    {
        var report = await builder.BuildAsync(period, cancellationToken);
        var sections = WorkReportSections.Of(report, clock);
        var name = ReportTexts.FileName(report.Bureau, period, extension);
        if (extension == WordExtension)
        {
            // By the section's title, which the chart follows.
            var charts = new Dictionary<string, byte[]>();
            if (WorkReportCharts.CanDrawChinese)
            {
                charts[ReportTexts.Filings] = WorkReportCharts.Filings(report);
                if (WorkReportCharts.Messages(report) is { } messages)
                {
                    charts[ReportTexts.Messages] = messages;
                }
            }

            return (WorkReportDocument.Write(report, sections, charts), WorkReportDocument.ContentType, name);
        }

        var title = ReportTexts.Title(report.Bureau, period);
        var conditions = new[] { title, ReportTexts.Subtitle(period, report.AsOf) };
        var sheets = sections.Select((s, i) => new ExportSheet(ReportTexts.Heading(i + 1, s.Title), conditions, clock.UtcNow, s.Headers, s.Rows)).ToList();
        return (await excel.WriteAsync(sheets, cancellationToken), ExportWriter.ContentType, name);
    }
}
