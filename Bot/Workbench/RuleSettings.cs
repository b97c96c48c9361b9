using Lianzheng.Core.AuditProjects;
using Lianzheng.Core.Filings;
using Lianzheng.Core.Holidays;
using Lianzheng.Core.Talks;
using Lianzheng.Core.Time;
using Lianzheng.Core.Travel;
using Microsoft.Extensions.Configuration.CommandLine;
using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.Options;

namespace Lianzheng.Bot.Workbench;

/// <summary>The rules the bot enforces, for the 设置 page: each option's bound value (what the services read) and the
/// configuration source it comes from, the last source holding the key winning as in the host's own binding. Read-only:
/// the rules stay configuration, changed where a deployer changes them.</summary>
public sealed class RuleSettings(
    IConfiguration configuration, IOptions<BureauOptions> bureau, IOptions<FilingOptions> filings, IOptions<TravelOptions> travel,
    IOptions<TalkOptions> talks, IOptions<HolidayOptions> holidays, IOptions<AuditProjectOptions> projects)
{
    public IReadOnlyList<RuleSetting> All()
    {
        var f = filings.Value;
        var t = talks.Value;
        var h = holidays.Value;
        return
        [
            Setting(SettingsTexts.Bureau, BureauOptions.SectionName, nameof(BureauOptions.Name), bureau.Value.Name),
            Setting(SettingsTexts.Bureau, BureauOptions.SectionName, nameof(BureauOptions.TimeZone), bureau.Value.TimeZone),
            Setting(SettingsTexts.Filings, FilingOptions.SectionName, nameof(FilingOptions.Review), SettingsTexts.Review(f.Review)),
            Setting(SettingsTexts.Filings, FilingOptions.SectionName, nameof(FilingOptions.LeadWorkingDays), SettingsTexts.WorkingDays(f.LeadWorkingDays)),
            Setting(SettingsTexts.Filings, FilingOptions.SectionName, nameof(FilingOptions.FuneralReportWithinDays), SettingsTexts.Days(f.FuneralReportWithinDays)),
            Setting(SettingsTexts.Filings, FilingOptions.SectionName, nameof(FilingOptions.MaxTables), SettingsTexts.Limit(f.MaxTables, "桌")),
            Setting(SettingsTexts.Filings, FilingOptions.SectionName, nameof(FilingOptions.MaxGuests), SettingsTexts.Limit(f.MaxGuests, "人")),
            Setting(SettingsTexts.Filings, FilingOptions.SectionName, nameof(FilingOptions.MaxGuestsJoint), SettingsTexts.Limit(f.MaxGuestsJoint, "人")),
            Setting(SettingsTexts.Filings, FilingOptions.SectionName, nameof(FilingOptions.ReviewReminderWorkingDays), SettingsTexts.WorkingDays(f.ReviewReminderWorkingDays)),
            Setting(SettingsTexts.Filings, FilingOptions.SectionName, nameof(FilingOptions.ReportWithinDays), SettingsTexts.Days(f.ReportWithinDays)),
            Setting(SettingsTexts.Travel, TravelOptions.SectionName, nameof(TravelOptions.DocumentReturnDays), SettingsTexts.Days(travel.Value.DocumentReturnDays)),
            Setting(SettingsTexts.Travel, TravelOptions.SectionName, nameof(TravelOptions.EscalateAfterDays), SettingsTexts.Days(travel.Value.EscalateAfterDays)),
            Setting(SettingsTexts.Talks, TalkOptions.SectionName, nameof(TalkOptions.RequiredPerYear), SettingsTexts.Times(t.RequiredPerYear)),
            Setting(SettingsTexts.Talks, TalkOptions.SectionName, nameof(TalkOptions.Checkpoints), SettingsTexts.Checkpoints(t.Checkpoints)),
            Setting(SettingsTexts.Talks, TalkOptions.SectionName, nameof(TalkOptions.NoticeDaysBefore), SettingsTexts.Days(t.NoticeDaysBefore)),
            Setting(SettingsTexts.Talks, TalkOptions.SectionName, nameof(TalkOptions.CountPreAuditTalks), SettingsTexts.YesNo(t.CountPreAuditTalks)),
            Setting(SettingsTexts.Talks, TalkOptions.SectionName, nameof(TalkOptions.SecretaryWithLeadersPerYear), SettingsTexts.Times(t.SecretaryWithLeadersPerYear)),
            Setting(SettingsTexts.Talks, TalkOptions.SectionName, nameof(TalkOptions.MinSummaryLength), SettingsTexts.Characters(t.MinSummaryLength)),
            Setting(SettingsTexts.Holidays, HolidayOptions.SectionName, nameof(HolidayOptions.WorkdaysBefore), SettingsTexts.WorkingDays(h.WorkdaysBefore)),
            Setting(SettingsTexts.Holidays, HolidayOptions.SectionName, nameof(HolidayOptions.SendAt), SettingsTexts.TimeOfDay(h.SendAt)),
            Setting(SettingsTexts.Holidays, HolidayOptions.SectionName, nameof(HolidayOptions.ReminderAfter), SettingsTexts.Duration(h.ReminderAfter)),
            Setting(SettingsTexts.Holidays, HolidayOptions.SectionName, nameof(HolidayOptions.ConfirmLabel), h.ConfirmLabel),
            Setting(SettingsTexts.Projects, AuditProjectOptions.SectionName, nameof(AuditProjectOptions.ReportingPhone), SettingsTexts.OrNone(projects.Value.ReportingPhone)),
            Setting(SettingsTexts.Projects, AuditProjectOptions.SectionName, nameof(AuditProjectOptions.FeedbackDays), SettingsTexts.Days(projects.Value.FeedbackDays)),
        ];
    }

    private RuleSetting Setting(string group, string section, string name, string value)
    {
        var key = section + ":" + name;
        return new RuleSetting(group, key, SettingsTexts.Label(key), value, SourceOf(key));
    }

    /// <summary>Where the key's value comes from: the last provider that holds it (or, for a list, any of its items).</summary>
    private string SourceOf(string key)
    {
        if (configuration is not IConfigurationRoot root)
        {
            return SettingsTexts.Unknown;
        }

        foreach (var provider in root.Providers.Reverse())
        {
            if (provider.TryGet(key, out _) || provider.GetChildKeys([], key).Any())
            {
                return provider switch
                {
                    JsonConfigurationProvider json => SettingsTexts.File(json.Source.Path ?? "appsettings.json"),
                    EnvironmentVariablesConfigurationProvider => SettingsTexts.Environment(key.Replace(":", "__", StringComparison.Ordinal)),
                    CommandLineConfigurationProvider => SettingsTexts.CommandLine,
                    MemoryConfigurationProvider => SettingsTexts.InProcess,
                    _ => provider.ToString() ?? SettingsTexts.Unknown,
                };
            }
        }

        return SettingsTexts.Default;
    }
}
