namespace Lianzheng.Tests.Support;

/// <summary>What some tests need from the machine. Absent, they skip with the reason; under CI (CI=true), where
/// .ci/run installs them, an absence is a failure instead, so that CI never passes by skipping.</summary>
internal static class Prerequisites
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static void RequireChromium()
    {
        var present = File.Exists(ChromiumPath);
        if (InCi)
        {
            Assert.True(present, $"CI must install Debian's chromium at {ChromiumPath} (apt-get install chromium).");
        }

        Assert.SkipUnless(present, $"Browser test skipped: Debian's chromium is not installed at {ChromiumPath} (apt-get install chromium).");
    }
}
