using Lianzheng.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.Extensions.DependencyInjection;

// Writes one migration per database: the SQLite one into Bot.Core, the PostgreSQL one into Bot.Migrations.Postgres, so
// that a model change reaches both. `--only sqlite|postgres` writes one (the first PostgreSQL migration came later).
var only = args.Length == 3 && args[1] == "--only" ? args[2] : null;
if (!(args.Length == 1 || only is "sqlite" or "postgres"))
{
    Console.Error.WriteLine("usage: dotnet run --project tools/MigrationScaffolder -- <MigrationName> [--only sqlite|postgres]");
    return 2;
}

var repositoryRoot = FindRepositoryRoot();
if (only is null or "sqlite")
{
    Scaffold(
        new DbContextOptionsBuilder<LianzhengDbContext>().UseSqlite("Data Source=:memory:"),
#pragma warning disable EF1001 // The provider's design-time services are what `dotnet ef` loads too; there is no public entry point.
        new Microsoft.EntityFrameworkCore.Sqlite.Design.Internal.SqliteDesignTimeServices(),
#pragma warning restore EF1001
        Path.Combine(repositoryRoot, "Bot.Core"), "Lianzheng.Core", "Persistence.Migrations", Path.Combine("Persistence", "Migrations"));
}

if (only is null or "postgres")
{
    Scaffold(
        new DbContextOptionsBuilder<LianzhengDbContext>().UseNpgsql("Host=localhost;Database=design", n => n.MigrationsAssembly(PostgresBackend.MigrationsAssembly)),
#pragma warning disable EF1001
        new Npgsql.EntityFrameworkCore.PostgreSQL.Design.Internal.NpgsqlDesignTimeServices(),
#pragma warning restore EF1001
        Path.Combine(repositoryRoot, "Bot.Migrations.Postgres"), "Lianzheng.Migrations.Postgres", "Migrations", "Migrations");
}

return 0;

void Scaffold(DbContextOptionsBuilder<LianzhengDbContext> options, IDesignTimeServices design, string projectDirectory, string rootNamespace,
    string subNamespace, string folder)
{
    using var context = new LianzhengDbContext(options.AddInterceptors(SaveRulesInterceptor.Instance).Options);
    var services = new ServiceCollection()
        .AddEntityFrameworkDesignTimeServices()
        .AddDbContextDesignTimeServices(context);
    design.ConfigureDesignTimeServices(services);
    using var provider = services.BuildServiceProvider();
    var scaffolder = provider.GetRequiredService<IMigrationsScaffolder>();
    var migration = scaffolder.ScaffoldMigration(args[0], rootNamespace, subNamespace, "C#");
    var files = scaffolder.Save(projectDirectory, migration, Path.Combine(projectDirectory, folder));
    Console.WriteLine($"Wrote {files.MigrationFile}");
    Console.WriteLine($"Wrote {files.MetadataFile}");
    Console.WriteLine($"Wrote {files.SnapshotFile}");
}

static string FindRepositoryRoot()
{
    var directory = new DirectoryInfo(AppContext.BaseDirectory);
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Lianzheng.sln")))
    {
        directory = directory.Parent;
    }

    return directory?.FullName ?? throw new InvalidOperationException("Run this from inside the repository.");
}
