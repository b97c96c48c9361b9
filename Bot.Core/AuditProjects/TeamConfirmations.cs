using System.Globalization;
using Lianzheng.Core.Audit;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Personnel;
using Lianzheng.Core.Talks;
using Lianzheng.Core.Time;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Core.AuditProjects;

/// <summary>Who on a project's team confirmed its discipline reminder and who has not yet.</summary>
public sealed record TeamConfirmations(AuditProject Project, IReadOnlyList<Staff> Confirmed, IReadOnlyList<Staff> Pending, bool ReminderSent);
