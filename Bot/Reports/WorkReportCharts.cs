using Lianzheng.Core.Reports;
using Lianzheng.Core.Texts;
using ScottPlot;
using SkiaSharp;

namespace Lianzheng.Bot.Reports;

/// <summary>The work report's charts, as PNG images (ScottPlot): the filings of each kind on time and late, and each
/// integrity message's delivery and confirmation rates — where a chart says at a glance what the table says row by row.
/// Labels are drawn in a font of this machine that has the Chinese characters (<see cref="Fonts.Detect(string)"/>;
/// Debian's fonts-noto-cjk).</summary>
public static class WorkReportCharts
{
    public const int Width = 640, Height = 360;

    private const string FontName = "Lianzheng Report CJK";

    /// <summary>The font files looked for, in order, under the system's font folders: Noto Sans CJK (Debian's
    /// fonts-noto-cjk), Source Han Sans, WenQuanYi, then any other file with Chinese characters. The Skia build ScottPlot
    /// brings has no fontconfig, so system fonts are found by their files.</summary>
    private static readonly string[] Preferred = ["NotoSansCJK-Regular", "SourceHanSans", "wqy-microhei", "wqy-zenhei"];

    private static readonly string[] FontFolders = ["/usr/share/fonts", "/usr/local/share/fonts", "C:\\Windows\\Fonts"];

    private static readonly Lazy<bool> Chinese = new(() =>
    {
        if (FindChineseFont() is not { } path)
        {
            return false;
        }

        Fonts.AddFontFile(FontName, path);
        return true;
    });

    /// <summary>Whether this machine has a font with Chinese characters; without one a chart's labels would be empty boxes,
    /// so the document leaves its charts out (the tables carry the same figures).</summary>
    public static bool CanDrawChinese => Chinese.Value;

    private static readonly Color OnTime = Color.FromHex("#2E7D32"), Late = Color.FromHex("#C62828");
    private static readonly Color Reached = Color.FromHex("#1565C0"), Confirmed = Color.FromHex("#F9A825");

    /// <summary>Filings per kind, on time beside late.</summary>
    public static byte[] Filings(WorkReport report)
    {
        var plot = new Plot();
        var kinds = report.Filings;
        var bars = new List<Bar>();
        for (var i = 0; i < kinds.Count; i++)
        {
            bars.Add(new Bar { Position = i * 3, Value = kinds[i].OnTime, FillColor = OnTime });
            bars.Add(new Bar { Position = i * 3 + 1, Value = kinds[i].Late, FillColor = Late });
        }

        plot.Add.Bars(bars);
        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, kinds.Count).Select(i => i * 3 + 0.5)], [.. kinds.Select(k => DomainNames.Of(k.Kind))]);
        // Counts from zero, with room above the tallest bar for the legend (at least 0 to 5 when there is nothing yet).
        plot.Axes.SetLimitsY(0, Math.Max(5, bars.Max(b => b.Value) * 1.3));
        Legend(plot, (ReportTexts.OnTimeLegend, OnTime), (ReportTexts.LateLegend, Late));
        plot.Title(ReportTexts.FilingsChart);
        return Png(plot);
    }

    /// <summary>Each message's 送达率 and 确认率 in per cent; null when the period sent none.</summary>
    public static byte[]? Messages(WorkReport report)
    {
        var messages = report.Messages;
        if (messages.Count == 0)
        {
            return null;
        }

        var plot = new Plot();
        var bars = new List<Bar>();
        for (var i = 0; i < messages.Count; i++)
        {
            var people = Math.Max(1, messages[i].Recipients);
            bars.Add(new Bar { Position = i * 3, Value = 100.0 * messages[i].Reached / people, FillColor = Reached });
            if (messages[i].Confirmed is { } confirmed)
            {
                bars.Add(new Bar { Position = i * 3 + 1, Value = 100.0 * confirmed / people, FillColor = Confirmed });
            }
        }

        plot.Add.Bars(bars);
        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, messages.Count).Select(i => i * 3 + 0.5)], [.. messages.Select(m => Short(m.Title))]);
        plot.Axes.SetLimitsY(0, 130);
        Legend(plot, (ReportTexts.ReachedLegend, Reached), (ReportTexts.ConfirmedLegend, Confirmed));
        plot.Title(ReportTexts.MessagesChart);
        return Png(plot);
    }

    private static void Legend(Plot plot, params (string Text, Color Color)[] items)
    {
        foreach (var (text, color) in items)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = text, FillColor = color });
        }

        plot.Legend.IsVisible = true;
        plot.Legend.Alignment = Alignment.UpperRight;
    }

    private static string Short(string title) => title.Length <= 8 ? title : title[..8] + "…";

    private static byte[] Png(Plot plot)
    {
        plot.Font.Set(FontName);
        plot.Legend.FontName = FontName;
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    private static string? FindChineseFont()
    {
        var files = FontFolders.Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories))
            .Where(f => Path.GetExtension(f).ToLowerInvariant() is ".ttf" or ".ttc" or ".otf")
            .OrderBy(f => Array.FindIndex(Preferred, p => Path.GetFileName(f).StartsWith(p, StringComparison.OrdinalIgnoreCase)) is var i and >= 0 ? i : Preferred.Length)
            .ThenBy(f => f, StringComparer.Ordinal);
        foreach (var file in files)
        {
            using var typeface = SKTypeface.FromFile(file);
            if (typeface is not null && typeface.ContainsGlyph('报'))
            {
                return file;
            }
        }

        return null;
    }
}
