using Lianzheng.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.DependencyInjection;

namespace Lianzheng.Tools.MigrationScaffolder;

/// <summary>A database's context at design time with EF Core's design-time services for its provider, as `dotnet ef`
/// sets them up: what the migrations and the compiled models are generated from.</summary>
internal sealed class DesignTime : IDisposable
{
    private DesignTime(LianzhengDbContext context, ServiceProvider services) => (Context, Services) = (context, services);

    public LianzhengDbContext Context { get; }

    public ServiceProvider Services { get; }

    public static DesignTime Open(DatabaseProvider provider)
    {
        var (options, design) = provider switch
        {
#pragma warning disable EF1001 // The provider's design-time services are what `dotnet ef` loads too; there is no public entry point.
            DatabaseProvider.Sqlite => (new DbContextOptionsBuilder<LianzhengDbContext>().UseSqlite("Data Source=:memory:"),
                (IDesignTimeServices)new Microsoft.EntityFrameworkCore.Sqlite.Design.Internal.SqliteDesignTimeServices()),
            DatabaseProvider.Postgres => (new DbContextOptionsBuilder<LianzhengDbContext>()
                    .UseNpgsql("Host=localhost;Database=design", n => n.MigrationsAssembly(PostgresBackend.MigrationsAssembly)),
                new Npgsql.EntityFrameworkCore.PostgreSQL.Design.Internal.NpgsqlDesignTimeServices()),
#pragma warning restore EF1001
            _ => throw new ArgumentOutOfRangeException(nameof(provider)),
        };
        var context = new LianzhengDbContext(options.AddInterceptors(SaveRulesInterceptor.Instance).Options);
        var services = new ServiceCollection().AddEntityFrameworkDesignTimeServices().AddDbContextDesignTimeServices(context);
        design.ConfigureDesignTimeServices(services);
        return new DesignTime(context, services.BuildServiceProvider());
    }

    public void Dispose()
    {
        Services.Dispose();
        Context.Dispose();
    }
}
