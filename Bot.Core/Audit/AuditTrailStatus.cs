namespace Lianzheng.Core.Audit;

/// <summary>What the last verification in this process found; appending onto a trail known to be broken is logged as an
/// error (see <see cref="AuditTrail"/>).</summary>
public sealed class AuditTrailStatus
{
    private volatile AuditProblem? _problem;

    public AuditProblem? Problem => _problem;

    public void Set(AuditProblem? problem) => _problem = problem;
}
