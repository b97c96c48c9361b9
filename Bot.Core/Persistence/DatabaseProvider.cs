using System.ComponentModel.DataAnnotations;

namespace Lianzheng.Core.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
