using System.Text.Json.Nodes;
using Lianzheng.Core.Messaging;
using Lianzheng.Dialogs.Turns;

namespace Lianzheng.Bot.Teams;

/// <summary>Where the bot talks on Teams: only within the bureau's tenant, and only in personal (1:1) conversations.
/// The endpoint asks before it accepts an activity: another tenant is refused outright; a group chat or team channel
/// gets nothing but the request to talk 1:1 (no dialog, no personal data, no link). The turn asks once more, so that
/// nothing queued before a decision changed can slip through.</summary>
public sealed partial class TeamsConversationPolicy(TeamsTenantGuard tenants, ILogger<TeamsConversationPolicy> logger)
{
    private static readonly TurnOutcome PersonalOnlyOutcome = new(null, [new OutboundMessage(TeamsTexts.PersonalOnly)]);
    private static readonly TurnOutcome LinkConflictOutcome = new(null, [new OutboundMessage(TeamsTexts.LinkConflict)]);

    /// <summary>What the endpoint does with an authentic activity.</summary>
    public async Task<TeamsAdmission> AdmitAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (!await tenants.IsAllowedAsync(activity.TenantId, cancellationToken))
        {
            LogForeignTenant(logger, activity.TenantId ?? "(none)", activity.From?.Id ?? "", activity.Type ?? "");
            return TeamsAdmission.Refused;
        }

        return IsPersonal(activity) ? TeamsAdmission.Accepted : TeamsAdmission.PersonalOnly;
    }

    /// <summary>The fields every activity from the channel carries and a reply needs (the Bot Framework's own
    /// requirement): without one the request is malformed.</summary>
    public static bool HasRequiredFields(Activity activity) =>
        !string.IsNullOrWhiteSpace(activity.Type)
        && !string.IsNullOrWhiteSpace(activity.From?.Id)
        && !string.IsNullOrWhiteSpace(activity.Recipient?.Id)
        && !string.IsNullOrWhiteSpace(activity.Conversation?.Id)
        && !string.IsNullOrWhiteSpace(activity.ServiceUrl);

    /// <summary>A personal (1:1) conversation: not flagged as a group, and of type personal (or none given).</summary>
    public static bool IsPersonal(Activity activity) =>
        activity.Conversation is { IsGroup: not true } conversation
        && (conversation.ConversationType is null || string.Equals(conversation.ConversationType, "personal", StringComparison.OrdinalIgnoreCase));

    /// <summary>What a turn answers instead of running: outside a personal conversation only the request to talk 1:1;
    /// to an account whose email belongs to someone already linked, the request to see the supervisor. Null: run it.</summary>
    public static TurnOutcome? InsteadOfTurn(Activity activity, TeamsLink link) =>
        !IsPersonal(activity) ? PersonalOnlyOutcome
        : link.Conflict ? LinkConflictOutcome
        : null;

    /// <summary>The answer to a card action invoked outside a personal conversation: the request to talk 1:1.</summary>
    public static JsonObject PersonalOnlyInvokeResponse() => new()
    {
        ["statusCode"] = 200,
        ["type"] = "application/vnd.microsoft.activity.message",
        ["value"] = TeamsTexts.PersonalOnly,
    };

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Refused a Teams {Type} activity of user {TeamsUserId} from tenant {TenantId}: the bot serves only the bureau's tenant")]
    private static partial void LogForeignTenant(ILogger logger, string tenantId, string teamsUserId, string type);
}
