using System.Globalization;

namespace Lianzheng.Core.Messaging;

/// <summary>The action payloads buttons carry, shared by everything that sends buttons and the router that answers them:
/// "start:{dialog}[:{argument}]" begins a dialog, "ack:{message id}" confirms a message, and the global commands.</summary>
public static class Actions
{
    public const string Menu = "menu";
    public const string Help = "help";
    public const string Cancel = "cancel";

    /// <summary>Goes on with the open dialog: its pending question is asked again.</summary>
    public const string Resume = "resume";
    private const string StartPrefix = "start:";
    private const string MenuPagePrefix = "menu:";
    private const string AckPrefix = "ack:";

    public static string Start(string dialogId, string? argument = null) =>
        argument is null ? StartPrefix + dialogId : $"{StartPrefix}{dialogId}:{argument}";

    /// <summary>A later page of the menu (更多…): page 0 is the menu itself.</summary>
    public static string MenuPage(int page) => page == 0 ? Menu : MenuPagePrefix + page.ToString(CultureInfo.InvariantCulture);

    public static bool TryParseMenuPage(string action, out int page)
    {
        page = 0;
        return action.StartsWith(MenuPagePrefix, StringComparison.Ordinal)
            && int.TryParse(action.AsSpan(MenuPagePrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out page)
            && page > 0;
    }

    public static string Acknowledge(long messageId) => AckPrefix + messageId.ToString(CultureInfo.InvariantCulture);

    public static bool TryParseStart(string action, out string dialogId, out string? argument)
    {
        dialogId = "";
        argument = null;
        if (!action.StartsWith(StartPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        var parts = action[StartPrefix.Length..].Split(':', 2);
        dialogId = parts[0];
        argument = parts.Length > 1 ? parts[1] : null;
        return dialogId.Length > 0;
    }

    public static bool TryParseAcknowledge(string action, out long messageId)
    {
        messageId = 0;
        return action.StartsWith(AckPrefix, StringComparison.Ordinal)
            && long.TryParse(action.AsSpan(AckPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out messageId)
            && messageId > 0;
    }
}
