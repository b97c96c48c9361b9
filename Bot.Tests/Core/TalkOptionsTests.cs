using System.ComponentModel.DataAnnotations;
using Lianzheng.Core.Talks;
using Lianzheng.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Lianzheng.Tests.Core;

/// <summary>Talks: options: the secretary's checkpoints scaled from the leaders', and what a deployer is told when a
/// value cannot work.</summary>
public sealed class TalkOptionsTests
{
    [Theory]
    [InlineData(1, "11-30:1")] // the default: 30 June would ask 1 × 1 ÷ 2 = 0 talks and is dropped
    [InlineData(2, "6-30:1 11-30:2")]
    [InlineData(3, "6-30:1 11-30:3")] // 1 × 3 ÷ 2 = 1.5, rounded down
    [InlineData(4, "6-30:2 11-30:4")]
    [InlineData(0, "")] // not tracked
    public void The_secretary_s_checkpoints_are_the_leaders_scaled_down_to_his_number(int perYear, string expected)
    {
        var options = new TalkOptions { SecretaryWithLeadersPerYear = perYear };

        Assert.Equal(expected, string.Join(" ", options.SecretaryCheckpoints().Select(c => $"{c.Month}-{c.Day}:{c.Count}")));
    }

    [Fact]
    public void Defaults_follow_the_reference()
    {
        var options = new TalkOptions();

        Assert.False(options.CountPreAuditTalks);
        Assert.Equal(1, options.SecretaryWithLeadersPerYear);
        Assert.Equal(10, options.MinSummaryLength);
        Assert.Empty(Problems(options));
    }

    [Fact]
    public void Checkpoints_that_leave_the_secretary_none_are_refused_with_the_reason()
    {
        var options = new TalkOptions { Checkpoints = [new TalkCheckpoint(6, 30, 1)] };

        Assert.Contains(Problems(options), m => m.StartsWith("Talks:SecretaryWithLeadersPerYear (1) scaled to the checkpoints leaves none", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Talks:MinSummaryLength", "0", "Talks:MinSummaryLength must be between 1 and 500 characters")]
    [InlineData("Talks:SecretaryWithLeadersPerYear", "13", "Talks:SecretaryWithLeadersPerYear must be between 0 (not tracked) and 12.")]
    public async Task A_wrong_value_stops_the_start_with_the_deployer_s_message(string key, string value, string message)
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var bot = await DialogHarness.StartAsync(settings: new Dictionary<string, string?> { [key] = value });
            _ = bot.Services.GetRequiredService<IOptions<TalkOptions>>().Value;
        });

        Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
    }

    private static List<string> Problems(TalkOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return [.. results.Select(r => r.ErrorMessage ?? "")];
    }
}
