namespace Upjunoo.Application.Privacy.Policy;

/// <summary>Who was told of which policy version, through which channel and when (R21).</summary>
public interface IPolicyNotices
{
    Task Record(int version, string accountId, string channel, DateTimeOffset at, CancellationToken cancellationToken);

    Task<IReadOnlyList<PolicyNotice>> Of(int version, CancellationToken cancellationToken);
}

public sealed record PolicyNotice(int Version, string AccountId, string Channel, DateTimeOffset At);
