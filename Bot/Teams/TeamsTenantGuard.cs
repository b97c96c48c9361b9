using Lianzheng.Core.Messaging;
using Lianzheng.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lianzheng.Bot.Teams;

/// <summary>Which Microsoft 365 tenant the bot serves: Channels:Teams:TenantId when it is set; otherwise the tenant of
/// the first account linked to a staff member, remembered in the database (a row of <see cref="ChannelTenant"/>; links
/// made before it was remembered count when they all share one tenant — when they do not, nothing is guessed and every
/// tenant is refused until Channels:Teams:TenantId is set). Activities and links from any other tenant are refused.
/// Once known the tenant cannot change, so it is cached; "none yet" is not, so that another replica's first link is
/// seen at once.</summary>
public sealed partial class TeamsTenantGuard(
    IOptions<TeamsOptions> options, IServiceScopeFactory scopes, TimeProvider time, ILogger<TeamsTenantGuard> logger)
{
    /// <summary>What the bureau's tenant is when existing links disagree: matches no tenant.</summary>
    private const string Ambiguous = "(several tenants: set Channels:Teams:TenantId)";

    private volatile string? _remembered;

    private string? Configured => string.IsNullOrWhiteSpace(options.Value.TenantId) ? null : options.Value.TenantId.Trim();

    /// <summary>True when activities of this tenant may be processed: it is the bureau's, or no tenant is known yet.</summary>
    public async Task<bool> IsAllowedAsync(string? tenantId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(tenantId))
        {
            return false;
        }

        if ((Configured ?? _remembered) is { } known)
        {
            return Same(known, tenantId);
        }

        await using var scope = scopes.CreateAsyncScope();
        var bureau = await BureauTenantAsync(scope.ServiceProvider.GetRequiredService<LianzhengDbContext>(), cancellationToken);
        return bureau is null || Same(bureau, tenantId);
    }

    /// <summary>The bureau's tenant, or null while none is configured or remembered (the first link will decide).</summary>
    public async Task<string?> BureauTenantAsync(LianzhengDbContext db, CancellationToken cancellationToken)
    {
        if ((Configured ?? _remembered) is { } known)
        {
            return known;
        }

        var tenant = await db.ChannelTenants.AsNoTracking().Where(t => t.Channel == Channels.Teams).Select(t => t.TenantId)
            .FirstOrDefaultAsync(cancellationToken);
        if (tenant is null)
        {
            // SQL lower() on a tenant GUID's hex digits: no culture is involved.
#pragma warning disable CA1304, CA1311
            var linked = await db.TeamsConversations.AsNoTracking().Where(c => c.StaffId != null && c.TenantId != "")
                .Select(c => c.TenantId.ToLower()).Distinct().Take(2).ToListAsync(cancellationToken);
#pragma warning restore CA1304, CA1311
            if (linked.Count > 1)
            {
                LogAmbiguous(logger, string.Join(", ", linked));
                return Ambiguous;
            }

            tenant = linked.SingleOrDefault();
        }

        _remembered = tenant;
        return tenant;
    }

    /// <summary>False when the bureau's tenant is known (or undecidable) and is not this one: a reference to an account
    /// of another tenant, linked before the guard existed, is not sent to.</summary>
    public async Task<bool> IsBureauTenantAsync(LianzhengDbContext db, string? tenantId, CancellationToken cancellationToken) =>
        await BureauTenantAsync(db, cancellationToken) is not { } bureau || (!string.IsNullOrWhiteSpace(tenantId) && Same(bureau, tenantId));

    [LoggerMessage(Level = LogLevel.Error,
        Message = "Teams accounts of several tenants ({Tenants}) are linked to staff members and no tenant is configured: " +
            "every Teams activity is refused until Channels:Teams:TenantId names the bureau's tenant")]
    private static partial void LogAmbiguous(ILogger logger, string tenants);

    /// <summary>Before an account of this tenant is linked: false when the tenant is not the bureau's. When no tenant is
    /// configured or remembered yet, this one is remembered: the row is added to <paramref name="db"/> and saved with
    /// the link (two first links from two tenants at once: the key lets one of them in).</summary>
    public async Task<bool> AdmitLinkAsync(LianzhengDbContext db, string? tenantId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(tenantId))
        {
            return false;
        }

        if (Configured is { } configured)
        {
            return Same(configured, tenantId);
        }

        if (db.ChannelTenants.Local.FirstOrDefault(t => t.Channel == Channels.Teams) is { } pending)
        {
            return Same(pending.TenantId, tenantId);
        }

        var bureau = await BureauTenantAsync(db, cancellationToken);
        if (bureau is not null && !Same(bureau, tenantId))
        {
            return false;
        }

        if (!await db.ChannelTenants.AnyAsync(t => t.Channel == Channels.Teams, cancellationToken))
        {
            db.ChannelTenants.Add(new ChannelTenant { Channel = Channels.Teams, TenantId = bureau ?? tenantId.Trim(), RememberedAt = time.GetUtcNow() });
        }

        return true;
    }

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
