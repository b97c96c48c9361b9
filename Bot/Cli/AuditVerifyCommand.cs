using System.CommandLine;
using System.Globalization;
using Lianzheng.Core.Audit;

namespace Lianzheng.Bot.Cli;

/// <summary><c>audit-verify</c>: proves the audit trail (keyed chain, anchored head, records against their latest entry)
/// and anchors the head. Exit 0 when intact, 1 when broken, printing the first problem: which entry or which record, and
/// what is wrong. <c>audit-verify --new-anchor</c>, after restoring the database from a backup older than the anchor:
/// verifies all but the anchor, keeps the old anchor file under a new name and starts a new one.</summary>
internal static class AuditVerifyCommand
{
    private const int MoreShown = 20;

    public static Command Create(CliHost host)
    {
        var newAnchor = new Option<bool>("--new-anchor") { Description = CliTexts.AuditVerifyNewAnchorDescription };
        var command = new CliCommand("audit-verify", CliTexts.AuditVerifyDescription, CliTexts.AuditVerifyUsage) { newAnchor };
        command.SetAction(parse => host.RunAsync(app => RunAsync(app, parse.GetValue(newAnchor))));
        return command;
    }

    private static async Task<int> RunAsync(WebApplication app, bool newAnchor)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var verifier = scope.ServiceProvider.GetRequiredService<AuditVerifier>();
        var result = await (newAnchor ? verifier.StartNewAnchorAsync(CancellationToken.None) : verifier.VerifyAsync(CancellationToken.None));
        if (result.Problem is { } problem)
        {
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, CliTexts.AuditBroken, problem.Code));
            Console.WriteLine("  " + problem.Message);
            if (problem.EntryId is { } entryId)
            {
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture, CliTexts.AuditBrokenEntry, entryId));
            }

            if (problem.EntityType is { } entityType && problem.EntityId is { } entityId)
            {
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture, CliTexts.AuditBrokenRecord, AuditRecords.Describe(entityType, entityId), entityType, entityId));
            }

            if (result.Problems.Count > 1)
            {
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture, CliTexts.AuditMoreProblems, result.Problems.Count - 1));
                foreach (var more in result.Problems.Skip(1).Take(MoreShown))
                {
                    Console.WriteLine($"  [{more.Code}] {more.Message}");
                }
            }

            return 1;
        }

        var records = string.Join(CliTexts.ListSeparator, result.RecordsChecked.Select(r => $"{AuditRecords.NameOf(r.Key)} {r.Value}"));
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, CliTexts.AuditIntact,
            result.Entries, result.LastEntryId, result.LastHash[..12], result.RecordsChecked.Values.Sum(), records));
        if (result.Unstated.Count > 0)
        {
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, CliTexts.AuditUnstated, result.Unstated.Count));
        }

        Console.WriteLine(result.Anchored
            ? string.Format(CultureInfo.InvariantCulture, newAnchor ? CliTexts.AuditNewAnchor : CliTexts.AuditAnchored, result.AnchorPath)
            : CliTexts.AuditNotAnchored);
        return 0;
    }
}
