using System.ComponentModel.DataAnnotations;

namespace Lianzheng.Core.Persistence;

public enum SqliteSynchronous
{
    Normal,
    Full,
}
