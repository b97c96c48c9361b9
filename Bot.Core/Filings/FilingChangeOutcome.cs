using Lianzheng.Core.Audit;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Time;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Core.Filings;

public enum FilingChangeOutcome
{
    Done,
    NotFound,

    /// <summary>Withdrawn or completed, or the event has already begun.</summary>
    NotChangeable,

    /// <summary>Not open, or the event has not begun yet.</summary>
    NotReportable,

    /// <summary>Someone changed the filing since the caller read it.</summary>
    Conflict,
}
