namespace Upjunoo.Application.Notifications;

/// <summary>The push tokens of each account, one per device (device data, R12).</summary>
public interface IPushTokens
{
    Task Register(string accountId, string deviceId, string token, DateTimeOffset at, CancellationToken cancellationToken);

    Task<bool> Remove(string accountId, string token, CancellationToken cancellationToken);

    Task<IReadOnlyList<string>> Of(string accountId, CancellationToken cancellationToken);
}
