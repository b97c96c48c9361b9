using System.Globalization;
using System.Text;
using Lianzheng.Core.Persistence;
using Microsoft.Extensions.Options;

namespace Lianzheng.Core.Audit;

/// <summary>One line of the anchor file; <see cref="Number"/> is its line number in the file.</summary>
internal sealed record AnchorLine(int Number, DateTimeOffset At, long LastEntryId, string LastHash, AnchorLineState State);
