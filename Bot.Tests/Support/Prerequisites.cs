namespace Lianzheng.Tests.Support;

/// <summary>What some tests need from the machine. Absent, they skip with the reason; under CI (CI=true), where
/// .ci/run installs them, an absence is a failure instead, so that CI never passes by skipping.</summary>
internal static class Prerequisites
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>A font with Chinese characters (Debian's fonts-noto-cjk), which the report's charts are drawn with.</summary>
    public static void RequireChineseFont()
    {
        var present = global::Lianzheng.Bot.Reports.WorkReportCharts.CanDrawChinese;
        if (InCi)
        {
            Assert.True(present, "CI must install a Chinese font for the report's charts (apt-get install fonts-noto-cjk).");
        }

        Assert.SkipUnless(present, "Chart test skipped: no font with Chinese characters is installed (apt-get install fonts-noto-cjk).");
    }

    public static void RequireChromium()
    {
        var present = File.Exists(ChromiumPath);
        if (InCi)
        {
            Assert.True(present, $"CI must install Debian's chromium at {ChromiumPath} (apt-get install chromium).");
        }

        Assert.SkipUnless(present, $"Browser test skipped: Debian's chromium is not installed at {ChromiumPath} (apt-get install chromium).");
        // What a page is expected to show is waited for up to 30 s, not Playwright's 5: with the whole suite on 2 cores, a
        // page's request can wait seconds for the CPU. A wait for a signal, not a bound on how fast it comes.
        Microsoft.Playwright.Assertions.SetDefaultExpectTimeout(30_000);
    }

    /// <summary>The environment variable naming a PostgreSQL server for tests (.ci/run sets it): a connection string to
    /// a database of that server (postgres), as a role that may create databases; each test makes a database of its own.</summary>
    public const string PostgresVariable = "LIANZHENG_TEST_POSTGRES";

    /// <summary>A PostgreSQL server for the tests that run on PostgreSQL too: its connection string.</summary>
    public static string RequirePostgres()
    {
        var connection = Environment.GetEnvironmentVariable(PostgresVariable);
        if (InCi)
        {
            Assert.True(!string.IsNullOrEmpty(connection), $"CI must start a PostgreSQL server and name it in {PostgresVariable} (.ci/run does).");
        }

        Assert.SkipWhen(string.IsNullOrEmpty(connection),
            $"PostgreSQL test skipped: no server is named in {PostgresVariable} (e.g. Host=127.0.0.1;Username=lianzheng;Password=…;Database=postgres).");
        return connection!;
    }

    private static readonly string[] LibFaketimePaths =
        ["/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1", "/usr/lib/aarch64-linux-gnu/faketime/libfaketime.so.1"];

    /// <summary>libfaketime (Debian's faketime), which moves a real process's clock: its path.</summary>
    public static string RequireLibFaketime()
    {
        var path = LibFaketimePaths.FirstOrDefault(File.Exists);
        if (InCi)
        {
            Assert.True(path is not null, "CI must install Debian's faketime (apt-get install faketime).");
        }

        Assert.SkipUnless(path is not null, "Real-clock test skipped: Debian's faketime is not installed (apt-get install faketime).");
        return path!;
    }
}
