using Lianzheng.Core.Personnel;

namespace Lianzheng.Core.Workbench;

/// <summary>A one-time link into the 工作台, asked for in chat (工作台): bound to one staff member, short-lived, used once.
/// Only the ticket's SHA-256 is kept here, so this table does not hold a usable link (the chat reply that carried it is
/// kept with the turn until Inbound:RetentionDays, like every reply; by then the ticket has long expired).</summary>
public sealed class SignInTicket
{
    public long Id { get; set; }

    public required string TicketHash { get; set; }

    public int StaffId { get; set; }

    public Staff? Staff { get; set; }

    public DateTimeOffset IssuedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? UsedAt { get; set; }
}
