using Lianzheng.Core.Audit;
using Lianzheng.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Core.Personnel;

public sealed record ImportProblem(int RowNumber, string Reason);
