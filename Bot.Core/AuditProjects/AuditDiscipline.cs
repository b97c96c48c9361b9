using System.Globalization;
using System.Text;
using System.Text.Json;
using Lianzheng.Core.Messaging;

namespace Lianzheng.Core.AuditProjects;

/// <summary>The audit discipline — 审计“四严禁”工作要求 and 审计“八不准”工作纪律 — as the official texts word for word, kept
/// as data with their source (<c>audit-discipline.json</c>, embedded): never composed into a sentence or paraphrased.</summary>
public static class AuditDiscipline
{
    private const string ResourceName = "Lianzheng.Core.AuditProjects.audit-discipline.json";

    private static readonly Lazy<IReadOnlyList<DisciplineRule>> Loaded = new(Load);

    /// <summary>The 查看完整条文 button every message that names the discipline carries.</summary>
    public static MessageButton ShowFullTextButton { get; } =
        new(AuditProjectTexts.ShowDiscipline, Actions.Start(DialogIds.AuditDiscipline));

    /// <summary>四严禁 then 八不准.</summary>
    public static IReadOnlyList<DisciplineRule> Rules => Loaded.Value;

    /// <summary>Both texts, each under its title, numbered as officially: what a message that states them carries.</summary>
    public static string FullText()
    {
        var text = new StringBuilder();
        foreach (var rule in Rules)
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            text.Append(rule.Title).Append('：');
            for (var i = 0; i < rule.Items.Count; i++)
            {
                text.Append('\n').Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append(". ").Append(rule.Items[i]);
            }
        }

        return text.ToString();
    }

    private static IReadOnlyList<DisciplineRule> Load()
    {
        using var stream = typeof(AuditDiscipline).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not embedded.");
        using var document = JsonDocument.Parse(stream);
        return [.. document.RootElement.GetProperty("rules").EnumerateArray().Select(r => new DisciplineRule(
            r.GetProperty("title").GetString()!,
            r.GetProperty("source").GetString()!,
            [.. r.GetProperty("items").EnumerateArray().Select(i => i.GetString()!)]))];
    }
}
