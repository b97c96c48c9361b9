using Lianzheng.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.Extensions.DependencyInjection;

if (args.Length != 1)
{
    Console.Error.WriteLine("usage: dotnet run --project tools/MigrationScaffolder -- <MigrationName>");
    return 2;
}

var repositoryRoot = FindRepositoryRoot();
var projectDirectory = Path.Combine(repositoryRoot, "Bot.Core");
var options = new DbContextOptionsBuilder<LianzhengDbContext>().UseSqlite("Data Source=:memory:").AddInterceptors(SaveRulesInterceptor.Instance).Options;
using var context = new LianzhengDbContext(options);

var services = new ServiceCollection()
    .AddEntityFrameworkDesignTimeServices()
    .AddDbContextDesignTimeServices(context);
// The provider's design-time services are what `dotnet ef` loads too; there is no public entry point for them.
#pragma warning disable EF1001
new Microsoft.EntityFrameworkCore.Sqlite.Design.Internal.SqliteDesignTimeServices().ConfigureDesignTimeServices(services);
#pragma warning restore EF1001
using var provider = services.BuildServiceProvider();
var scaffolder = provider.GetRequiredService<IMigrationsScaffolder>();
var migration = scaffolder.ScaffoldMigration(args[0], "Lianzheng.Core", "Persistence.Migrations", "C#");
var files = scaffolder.Save(projectDirectory, migration, Path.Combine(projectDirectory, "Persistence", "Migrations"));
Console.WriteLine($"Wrote {files.MigrationFile}");
Console.WriteLine($"Wrote {files.MetadataFile}");
Console.WriteLine($"Wrote {files.SnapshotFile}");
return 0;

static string FindRepositoryRoot()
{
    var directory = new DirectoryInfo(AppContext.BaseDirectory);
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Lianzheng.sln")))
    {
        directory = directory.Parent;
    }

    return directory?.FullName ?? throw new InvalidOperationException("Run this from inside the repository.");
}
