using Lianzheng.Core.Persistence;
using Microsoft.Data.Sqlite;

namespace Lianzheng.Core.Audit;

/// <summary>Where the audit trail keeps what must not live in the database: beside the SQLite file.</summary>
internal static class AuditFiles
{
    public const string KeySuffix = ".audit-key";

    public const string AnchorSuffix = ".audit-anchor";

    /// <summary>The full path of the SQLite database file, or null for an in-memory (or temporary) database.</summary>
    public static string? DatabaseFile(DatabaseOptions database)
    {
        if (database.Provider != DatabaseProvider.Sqlite)
        {
            return null;
        }

        var connection = new SqliteConnectionStringBuilder(database.ConnectionString);
        return connection.Mode == SqliteOpenMode.Memory || connection.DataSource is "" or ":memory:"
            ? null
            : Path.GetFullPath(connection.DataSource); // SQLite resolves a relative name against the working directory too
    }

    /// <summary>Opens a file for writing; when it is created, it is readable and writable by its owner only (0600).</summary>
    public static FileStream CreatePrivate(string path, FileMode mode)
    {
        var options = new FileStreamOptions { Mode = mode, Access = FileAccess.Write, Share = FileShare.Read };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        return new FileStream(path, options);
    }

    /// <summary>Whether others than the owner may read or write the file.</summary>
    public static bool IsShared(string path) =>
        !OperatingSystem.IsWindows()
        && (File.GetUnixFileMode(path) & (UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherRead | UnixFileMode.OtherWrite)) != 0;
}
