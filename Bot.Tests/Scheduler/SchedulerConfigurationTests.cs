using Lianzheng.Core.Messaging;
using Lianzheng.Tests.Support;
using Microsoft.Extensions.Options;

namespace Lianzheng.Tests.Scheduler;

/// <summary>What a deployer sees when the scheduler's configuration is wrong: the validation message written for him,
/// not an exception from deep inside Quartz.</summary>
public sealed class SchedulerConfigurationTests
{
    [Fact]
    public async Task An_unknown_bureau_time_zone_stops_the_start_with_the_options_message()
    {
        await using var app = new BotApp(BotApp.NewDatabasePath(), settings: new Dictionary<string, string> { ["Bureau:TimeZone"] = "Asia/Shanghia" });

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        var validation = Assert.IsType<OptionsValidationException>(Innermost(error, e => e is OptionsValidationException));
        Assert.Contains("Bureau:TimeZone is not a time zone this machine knows", validation.Message, StringComparison.Ordinal);
    }

    private static Exception Innermost(Exception error, Func<Exception, bool> match)
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            if (match(e))
            {
                return e;
            }

            if (e is AggregateException { InnerExceptions.Count: 1 } aggregate)
            {
                return Innermost(aggregate.InnerExceptions[0], match);
            }
        }

        return error;
    }
}
