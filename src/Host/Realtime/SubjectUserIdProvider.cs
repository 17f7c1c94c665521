using Microsoft.AspNetCore.SignalR;

namespace Upjunoo.Host.Realtime;

/// <summary>A hub user is the account in the access token's <c>sub</c> claim.</summary>
public sealed class SubjectUserIdProvider : IUserIdProvider
{
    public string? GetUserId(HubConnectionContext connection) => connection.User.FindFirst(AccessTokenClaims.Subject)?.Value;
}
