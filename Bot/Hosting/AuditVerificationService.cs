using Lianzheng.Core.Audit;
using Lianzheng.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Bot.Hosting;

/// <summary>Verifies the audit trail when the bot starts and then once a day: each verification anchors the head
/// (<see cref="AuditAnchor"/>, also a log line); a broken trail is logged as an error and the integrity supervisors are
/// told through the outbox, once a day. The start's verification runs beside the first requests, as the daily one does
/// (it reads the chain and the records without holding up writers, see <see cref="AuditVerifier"/>): it took a third of
/// a second of a start, seconds on years of records. Only a trail that begins with entries from before states were
/// recorded is verified before the bot takes requests: after an intact verification, its records whose latest entry
/// predates states get a baseline entry, and no turn may change such a record between the two.</summary>
internal sealed partial class AuditVerificationService(
    IServiceScopeFactory scopes, TimeProvider time, ILogger<AuditVerificationService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    private readonly TaskCompletionSource _startVerified = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _verifiedAtStart;

    /// <summary>Completes when the start's verification has run (whatever it found), or the bot stopped before it.</summary>
    internal Task StartVerified => _startVerified.Task;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (await BeginsBeforeStatesAsync(cancellationToken))
        {
            await VerifyAsync(atStart: true, cancellationToken);
            _verifiedAtStart = true;
            _startVerified.TrySetResult();
        }

        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The day counts from the start, also while the start's verification runs.
        using var timer = new PeriodicTimer(Interval, time);
        try
        {
            if (!_verifiedAtStart)
            {
                await Task.Yield(); // the host's start goes on meanwhile
                await VerifyAsync(atStart: false, stoppingToken);
                _startVerified.TrySetResult();
            }

            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await VerifyAsync(atStart: false, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            _startVerified.TrySetResult();
        }
    }

    /// <summary>Whether the chain begins with an entry of the scheme before states (<see cref="AuditTrail.LegacyScheme"/>):
    /// such entries can only begin it, so one look at its first entry tells.</summary>
    private async Task<bool> BeginsBeforeStatesAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var first = await scope.ServiceProvider.GetRequiredService<LianzhengDbContext>().AuditEntries.AsNoTracking()
                .OrderBy(e => e.Id).Select(e => (int?)e.Scheme).FirstOrDefaultAsync(cancellationToken);
            return first == AuditTrail.LegacyScheme;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogFailed(logger, ex);
            return false;
        }
    }

    private async Task VerifyAsync(bool atStart, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var verifier = scope.ServiceProvider.GetRequiredService<AuditVerifier>();
            var result = await verifier.VerifyAsync(cancellationToken);
            if (result.Problem is { } problem)
            {
                LogBroken(logger, problem.Code, problem.EntryId, problem.EntityType, problem.EntityId, problem.Message);
                if (await scope.ServiceProvider.GetRequiredService<AuditAlarm>().RaiseAsync(problem, cancellationToken))
                {
                    LogSupervisorsTold(logger);
                }
                else
                {
                    LogNobodyToTell(logger);
                }

                return;
            }

            LogIntact(logger, result.Entries, result.LastEntryId);
            if (atStart)
            {
                await verifier.BaselineAsync(result.Unstated, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A verification that cannot run must not keep the bot from serving; it is an error to look into all the same.
            LogFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Error,
        Message = "The audit trail is broken ({Code}, entry {EntryId}, record {EntityType} {EntityId}): {Problem}. The " +
            "integrity supervisors are told; run audit-verify")]
    private static partial void LogBroken(ILogger logger, string code, long? entryId, string? entityType, string? entityId, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "The integrity supervisors are told of the broken audit trail (once a day)")]
    private static partial void LogSupervisorsTold(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "The audit trail is broken but nobody holds the 廉政监督员 role to be told")]
    private static partial void LogNobodyToTell(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "The audit trail is intact: {Entries} entries, the last #{LastEntryId}")]
    private static partial void LogIntact(ILogger logger, long entries, long lastEntryId);

    [LoggerMessage(Level = LogLevel.Error, Message = "The audit trail could not be verified")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
