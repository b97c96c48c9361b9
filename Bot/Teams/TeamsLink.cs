namespace Lianzheng.Bot.Teams;

/// <summary>Who a Teams account turned out to be: the linked staff member, if any, and whether the account reported the
/// email of a staff member who is already linked to another account (then it is not linked, and the turn says so).</summary>
public sealed record TeamsLink(int? StaffId, bool Conflict = false)
{
    public static readonly TeamsLink None = new(StaffId: null);
}
