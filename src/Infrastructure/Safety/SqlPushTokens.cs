using System.Security.Cryptography;
using System.Text;
using Upjunoo.Application.Notifications;
using Upjunoo.Domain.Privacy;
using Upjunoo.Infrastructure.Privacy;

namespace Upjunoo.Infrastructure.Safety;

/// <summary>Push tokens (device data), one per device; looked up by a hash, stored encrypted with the account's key.</summary>
public sealed class SqlPushTokens(SafetyDatabase database, PersonalDataProtector protector) : IPushTokens
{
    public async Task Register(string accountId, string deviceId, string token, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await database.Execute("DELETE FROM push_tokens WHERE (account_id = @account AND device_id = @device) OR token_hash = @hash",
            cancellationToken, ("@account", accountId), ("@device", deviceId), ("@hash", Hash(token)));
        await database.Execute("INSERT INTO push_tokens (token_hash, account_id, device_id, token, created_at) VALUES (@hash, @account, @device, @token, @at)",
            cancellationToken, ("@hash", Hash(token)), ("@account", accountId), ("@device", deviceId),
            ("@token", protector.Protect(accountId, DataCategory.Device, token)), ("@at", SafetyDatabase.Ms(at)));
    }

    public async Task<bool> Remove(string accountId, string token, CancellationToken cancellationToken) =>
        await database.Execute("DELETE FROM push_tokens WHERE account_id = @account AND token_hash = @hash",
            cancellationToken, ("@account", accountId), ("@hash", Hash(token))) > 0;

    public async Task<IReadOnlyList<string>> Of(string accountId, CancellationToken cancellationToken)
    {
        var tokens = await database.Query("SELECT token FROM push_tokens WHERE account_id = @account ORDER BY created_at",
            r => protector.Unprotect(r.GetString(0), DataCategory.Device), cancellationToken, ("@account", accountId));
        return [.. tokens.Where(t => !Erased.Is(t))];
    }

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
