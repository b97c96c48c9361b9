using System.CommandLine;
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
        command.SetAction(parse => host.RunAsync(parse, app => RunAsync(app, parse.InvocationConfiguration.Output, parse.GetValue(newAnchor))));
        return command;
    }

    private static async Task<int> RunAsync(WebApplication app, TextWriter output, bool newAnchor)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var verifier = scope.ServiceProvider.GetRequiredService<AuditVerifier>();
        var result = await (newAnchor ? verifier.StartNewAnchorAsync(CancellationToken.None) : verifier.VerifyAsync(CancellationToken.None));
        if (result.Problem is { } problem)
        {
            output.WriteLine(CliTexts.AuditBroken(problem.Code));
            output.WriteLine("  " + problem.Message);
            if (problem.EntryId is { } entryId)
            {
                output.WriteLine(CliTexts.AuditBrokenEntry(entryId));
            }

            if (problem.EntityType is { } entityType && problem.EntityId is { } entityId)
            {
                output.WriteLine(CliTexts.AuditBrokenRecord(AuditRecords.Describe(entityType, entityId), entityType, entityId));
            }

            if (result.Problems.Count > 1)
            {
                output.WriteLine(CliTexts.AuditMoreProblems(result.Problems.Count - 1));
                foreach (var more in result.Problems.Skip(1).Take(MoreShown))
                {
                    output.WriteLine($"  [{more.Code}] {more.Message}");
                }
            }

            return 1;
        }

        var records = string.Join(CliTexts.ListSeparator, result.RecordsChecked.Select(r => $"{AuditRecords.NameOf(r.Key)} {r.Value}"));
        output.WriteLine(CliTexts.AuditIntact(
            result.Entries, result.LastEntryId, result.LastHash[..12], result.RecordsChecked.Values.Sum(), records));
        if (result.Unstated.Count > 0)
        {
            output.WriteLine(CliTexts.AuditUnstated(result.Unstated.Count));
        }

        output.WriteLine(result.Anchored
            ? newAnchor ? CliTexts.AuditNewAnchor(result.AnchorPath!) : CliTexts.AuditAnchored(result.AnchorPath!)
            : CliTexts.AuditNotAnchored);
        return 0;
    }
}
