using System.Security.Cryptography;
using System.Text;
using Lianzheng.Core.AuditProjects;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Personnel;
using Lianzheng.Core.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lianzheng.Core.Workbench;

/// <summary>Issues the one-time sign-in links of the 工作台 and redeems them: once, before they expire, for an active person.</summary>
public sealed class SignInTickets(LianzhengDbContext db, IOptions<WorkbenchOptions> options, BureauClock clock)
{
    /// <summary>How long an expired ticket is kept, so that its link is refused as expired rather than unknown.</summary>
    public static readonly TimeSpan KeepExpired = TimeSpan.FromDays(1);

    /// <summary>A new ticket for this person; the link is /workbench/signin?ticket={it}.</summary>
    public async Task<string> IssueAsync(Staff staff, CancellationToken cancellationToken)
    {
        var ticket = AccessCodes.New();
        var now = clock.UtcNow;
        // Tickets a day past their expiry go as new ones are issued (until then an old link is still told "已过期").
        var stale = now - KeepExpired;
        await db.SignInTickets.Where(t => t.ExpiresAt < stale).ExecuteDeleteAsync(cancellationToken);
        db.SignInTickets.Add(new SignInTicket
        {
            TicketHash = Hash(ticket), StaffId = staff.Id, IssuedAt = now, ExpiresAt = now + options.Value.TicketLifetime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return ticket;
    }

    /// <summary>Uses the ticket up. Of two requests with the same ticket at once, one signs in.</summary>
    public async Task<SignInResult> RedeemAsync(string? ticket, CancellationToken cancellationToken)
    {
        if (!AccessCodes.IsWellFormed(ticket))
        {
            return new SignInResult(SignInOutcome.Unknown);
        }

        var hash = Hash(ticket!);
        var found = await db.SignInTickets.AsNoTracking().Include(t => t.Staff).FirstOrDefaultAsync(t => t.TicketHash == hash, cancellationToken);
        var now = clock.UtcNow;
        if (found is null)
        {
            return new SignInResult(SignInOutcome.Unknown);
        }

        if (found.UsedAt is not null)
        {
            return new SignInResult(SignInOutcome.Used);
        }

        if (found.ExpiresAt <= now)
        {
            return new SignInResult(SignInOutcome.Expired);
        }

        if (found.Staff is not { IsActive: true })
        {
            return new SignInResult(SignInOutcome.Inactive);
        }

        var taken = await db.SignInTickets.Where(t => t.Id == found.Id && t.UsedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(t => t.UsedAt, now), cancellationToken);
        return taken == 1 ? new SignInResult(SignInOutcome.SignedIn, found.StaffId) : new SignInResult(SignInOutcome.Used);
    }

    private static string Hash(string ticket) => Convert.ToHexString(SHA256.HashData(Encoding.ASCII.GetBytes(ticket)));
}
