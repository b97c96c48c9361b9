using System.Globalization;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Time;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Core.Announcements;

/// <summary>An integrity message a supervisor sends, with its confirmation count.</summary>
public sealed record AnnouncementConfirmations(OutboxMessage Message, int Recipients, int Confirmed, IReadOnlyList<string> Pending);
