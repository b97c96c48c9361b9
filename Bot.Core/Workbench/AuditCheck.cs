using Lianzheng.Core.Audit;

namespace Lianzheng.Core.Workbench;

/// <summary>A verification of the audit log run from the 工作台: what it found and how long it took.</summary>
public sealed record AuditCheck(AuditVerification Result, TimeSpan Took);
