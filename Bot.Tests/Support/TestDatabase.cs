using Lianzheng.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Tests.Support;

/// <summary>A context of its own on a bot's database file, made as the host makes them (with the save rules), for a
/// test to look at or set up what the bot keeps.</summary>
internal static class TestDatabase
{
    public static LianzhengDbContext Open(string database, bool pooling = true) =>
        new(new DbContextOptionsBuilder<LianzhengDbContext>()
            .UseSqlite($"Data Source={database}" + (pooling ? "" : ";Pooling=False"))
            .AddInterceptors(SaveRulesInterceptor.Instance).Options);
}
