using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using CsvHelper;
using CsvHelper.Configuration;
using Lianzheng.Core.Personnel;

namespace Lianzheng.Bot.Cli;

public sealed record StaffSheetFile(IReadOnlyList<string> Headers, IReadOnlyList<StaffSheetRow> Rows);
