using System.Globalization;
using System.Text;
using Lianzheng.Core.Persistence;
using Microsoft.Extensions.Options;

namespace Lianzheng.Core.Audit;

internal enum AnchorLineState
{
    Authentic,
    Forged,
    Malformed,
}
