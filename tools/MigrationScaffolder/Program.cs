using Lianzheng.Core.Persistence;
using Lianzheng.Tools.MigrationScaffolder;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.Extensions.DependencyInjection;

// Writes one migration per database: the SQLite one into Bot.Core, the PostgreSQL one into Bot.Migrations.Postgres, so
// that a model change reaches both, and the compiled models of both (CompiledModels). `--only sqlite|postgres` writes one
// migration (the first PostgreSQL migration came later); `--compiled-models` writes the compiled models alone.
var repositoryRoot = FindRepositoryRoot();
if (args is ["--compiled-models"])
{
    CompiledModels.Write(repositoryRoot);
    return 0;
}

var only = args.Length == 3 && args[1] == "--only" ? args[2] : null;
if (!(args.Length == 1 || only is "sqlite" or "postgres"))
{
    Console.Error.WriteLine("usage: dotnet run --project tools/MigrationScaffolder -- <MigrationName> [--only sqlite|postgres]");
    Console.Error.WriteLine("       dotnet run --project tools/MigrationScaffolder -- --compiled-models");
    return 2;
}

if (only is null or "sqlite")
{
    Scaffold(DatabaseProvider.Sqlite, Path.Combine(repositoryRoot, "Bot.Core"), "Lianzheng.Core", "Persistence.Migrations", Path.Combine("Persistence", "Migrations"));
}

if (only is null or "postgres")
{
    Scaffold(DatabaseProvider.Postgres, Path.Combine(repositoryRoot, "Bot.Migrations.Postgres"), "Lianzheng.Migrations.Postgres", "Migrations", "Migrations");
}

CompiledModels.Write(repositoryRoot);
return 0;

void Scaffold(DatabaseProvider database, string projectDirectory, string rootNamespace, string subNamespace, string folder)
{
    using var design = DesignTime.Open(database);
    var scaffolder = design.Services.GetRequiredService<IMigrationsScaffolder>();
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
