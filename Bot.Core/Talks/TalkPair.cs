using Lianzheng.Core.Audit;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Time;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Core.Talks;

/// <summary>A leader × section head pair and the talks held this year.</summary>
public sealed record TalkPair(int LeaderId, string LeaderName, int HeadId, string HeadName, string SectionName, int Held);
