namespace Lianzheng.Tests.Support;

/// <summary>Waits for something the host does in the background.</summary>
public static class Eventually
{
    /// <param name="detail">What the failure message should add to help find out why (e.g. a process's last lines).</param>
    public static async Task TrueAsync(Func<Task<bool>> condition, string what, int timeoutMs = 15000, Func<string>? detail = null)
    {
        var deadline = Environment.TickCount64 + timeoutMs;
        while (!await condition())
        {
            if (Environment.TickCount64 > deadline)
            {
                Assert.Fail($"Timed out after {timeoutMs} ms waiting for: {what}" + (detail is null ? "" : Environment.NewLine + detail()));
            }

            await Task.Delay(50);
        }
    }
}
