using System.Globalization;
using Lianzheng.Core.Audit;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Talks;
using Lianzheng.Core.Time;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Core.AuditProjects;

/// <summary>A project as registered from chat.</summary>
public sealed record AuditProjectDraft(string Name, bool IsMajor, DateOnly StartDate, int TeamLeaderId, int ResponsibleLeaderId, IReadOnlyList<int> MemberIds);
