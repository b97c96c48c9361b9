using Lianzheng.Core.Audit;
using Lianzheng.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Core.Personnel;

public sealed record ImportResult(int Created, int Updated, int SectionsCreated, IReadOnlyList<ImportProblem> Problems)
{
    public bool Succeeded => Problems.Count == 0;
}
