namespace Lianzheng.Core.Messaging;

/// <summary>Waits for the channel's next sending slot (the outbox's pace under the channel's rate limit).</summary>
public delegate ValueTask Pace(CancellationToken cancellationToken);
