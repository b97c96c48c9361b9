using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Lianzheng.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Core.Audit;

/// <summary>A covered kind of record: the entity type its entries name, its Chinese name, and how to read every record.</summary>
internal sealed record CoveredRecords(string EntityType, string Name, Func<LianzhengDbContext, IAsyncEnumerable<AuditRecord>> Load);
