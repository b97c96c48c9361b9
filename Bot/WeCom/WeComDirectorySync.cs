using Lianzheng.Core.Audit;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Personnel;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Bot.WeCom;

/// <summary>Reads the departments and members visible to the app and links WeCom userids to staff: an identity already
/// on file stays; else the staff number equal to the userid; else the same name in a section named like one of the
/// member's departments, when exactly one person fits. Ambiguous and unmatched members are reported, never guessed.</summary>
public sealed class WeComDirectorySync(WeComApiClient api, LianzhengDbContext db, AuditTrail audit)
{
    public const string SyncedAction = "directory.wecom-sync";

    /// <summary>Links the members; the links made are written, with an audit entry naming who ran it
    /// (<paramref name="actorId"/>; null: the CLI), in one transaction.</summary>
    public async Task<WeComSyncReport> RunAsync(CancellationToken cancellationToken, int? actorId = null)
    {
        var departments = await api.GetAsync("department/list", cancellationToken);
        if (!departments.Ok)
        {
            return new WeComSyncReport([], 0, [], [], $"department/list: {departments.ErrorCode} {departments.ErrorMessage}");
        }

        var departmentNames = departments.Body["department"]?.AsArray()
            .ToDictionary(d => d!["id"]!.GetValue<int>(), d => d!["name"]?.GetValue<string>() ?? "") ?? [];
        var members = new Dictionary<string, (string Name, int[] Departments)>(StringComparer.OrdinalIgnoreCase);
        foreach (var departmentId in departmentNames.Keys)
        {
            var users = await api.GetAsync($"user/simplelist?department_id={departmentId}", cancellationToken);
            if (!users.Ok)
            {
                return new WeComSyncReport([], 0, [], [], $"user/simplelist: {users.ErrorCode} {users.ErrorMessage}");
            }

            foreach (var user in users.Body["userlist"]?.AsArray() ?? [])
            {
                members[user!["userid"]!.GetValue<string>()] = (
                    user["name"]?.GetValue<string>() ?? "",
                    [.. user["department"]?.AsArray().Select(d => d!.GetValue<int>()) ?? []]);
            }
        }

        var staff = await db.Staff.Include(s => s.Section).Include(s => s.ChannelIdentities).Where(s => s.IsActive).ToListAsync(cancellationToken);
        var linkedUserIds = staff.SelectMany(s => s.ChannelIdentities).Where(c => c.Channel == Channels.WeCom)
            .Select(c => c.ChannelUserId).ToHashSet(StringComparer.OrdinalIgnoreCase);
        List<string> linked = [], ambiguous = [], unmatched = [];
        var already = 0;
        foreach (var (userId, (name, memberDepartments)) in members.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            if (linkedUserIds.Contains(userId))
            {
                already++;
                continue;
            }

            var departmentsOfMember = memberDepartments.Select(d => departmentNames.GetValueOrDefault(d, "")).ToHashSet(StringComparer.Ordinal);
            var candidates = staff.Where(s => string.Equals(s.EmployeeNo, userId, StringComparison.OrdinalIgnoreCase)).ToList();
            if (candidates.Count == 0)
            {
                candidates = [.. staff.Where(s => s.Name == name && s.Section is { } section && departmentsOfMember.Contains(section.Name))];
            }

            var describe = $"{name}（{userId}，{string.Join("、", departmentsOfMember)}）";
            if (candidates.Count > 1)
            {
                ambiguous.Add($"{describe}：{string.Join("、", candidates.Select(c => c.EmployeeNo))}");
                continue;
            }

            if (candidates.Count == 0 || candidates[0].ChannelIdentities.Any(c => c.Channel == Channels.WeCom))
            {
                unmatched.Add(candidates.Count == 0 ? describe : $"{describe}：{candidates[0].EmployeeNo} 已关联其他企业微信账号");
                continue;
            }

            candidates[0].ChannelIdentities.Add(new ChannelIdentity { StaffId = candidates[0].Id, Channel = Channels.WeCom, ChannelUserId = userId });
            linked.Add($"{describe} → {candidates[0].EmployeeNo} {candidates[0].Name}");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(actorId, SyncedAction, "Staff", "*", new { linked, already, ambiguous = ambiguous.Count, unmatched = unmatched.Count }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new WeComSyncReport(linked, already, ambiguous, unmatched, null);
    }
}
