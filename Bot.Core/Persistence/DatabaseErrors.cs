using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Core.Persistence;

/// <summary>What a database error means, from the provider's error code, never from its message text.</summary>
public static class DatabaseErrors
{
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const string PostgresUniqueViolation = "23505";
    private const string PostgresDeadlockDetected = "40P01";

    /// <summary>A row with the same unique key was written by someone else first (another turn, another replica).</summary>
    public static bool IsUniqueViolation(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint
            && sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        DbException other => other.SqlState == PostgresUniqueViolation,
        _ => false,
    };

    /// <summary>The database aborted this transaction to break a deadlock with another (PostgreSQL); run again, it goes through.</summary>
    public static bool IsDeadlock(DbException exception) => exception.SqlState == PostgresDeadlockDetected;
}
