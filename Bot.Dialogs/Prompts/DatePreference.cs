namespace Lianzheng.Dialogs.Prompts;

/// <summary>How to place a date written without a year.</summary>
public enum DatePreference
{
    /// <summary>The nearest such date to today.</summary>
    Nearest,

    /// <summary>Today or later (planning an event).</summary>
    Future,

    /// <summary>Today or earlier (reporting what happened).</summary>
    Past,
}
