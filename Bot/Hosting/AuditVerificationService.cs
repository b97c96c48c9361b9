using Lianzheng.Core.Audit;

namespace Lianzheng.Bot.Hosting;

/// <summary>Verifies the audit trail when the bot starts (before it takes requests) and then once a day: each
/// verification anchors the head (<see cref="AuditAnchor"/>, also a log line); a broken trail is logged as an error and
/// the integrity supervisors are told through the outbox, once a day. At start, after an intact verification, records
/// whose entries predate states get a baseline entry, so that they are checked from then on.</summary>
internal sealed partial class AuditVerificationService(
    IServiceScopeFactory scopes, TimeProvider time, ILogger<AuditVerificationService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await VerifyAsync(atStart: true, cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await VerifyAsync(atStart: false, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
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
                if (!await scope.ServiceProvider.GetRequiredService<AuditAlarm>().RaiseAsync(problem, cancellationToken))
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

    [LoggerMessage(Level = LogLevel.Error, Message = "The audit trail is broken but nobody holds the 廉政监督员 role to be told")]
    private static partial void LogNobodyToTell(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "The audit trail is intact: {Entries} entries, the last #{LastEntryId}")]
    private static partial void LogIntact(ILogger logger, long entries, long lastEntryId);

    [LoggerMessage(Level = LogLevel.Error, Message = "The audit trail could not be verified")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
