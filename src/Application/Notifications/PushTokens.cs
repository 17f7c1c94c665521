using Mediator;
using Upjunoo.Application.Common;
using Upjunoo.Domain.Common;

namespace Upjunoo.Application.Notifications;

/// <summary>Registers the push token of one of my devices (replacing that device's previous token).</summary>
public sealed record RegisterPushToken(Caller Caller, string? DeviceId, string? Token) : IRequest<Outcome<bool>>;

public sealed class RegisterPushTokenHandler(IPushTokens tokens, TimeProvider clock) : IRequestHandler<RegisterPushToken, Outcome<bool>>
{
    public async ValueTask<Outcome<bool>> Handle(RegisterPushToken request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Token) || request.Token.Length > 4096 || !Ids.LooksValid(request.DeviceId))
        {
            return Rejection.Invalid("push.invalid-token", "A push token (up to 4096 characters) and a device id are required.", "token");
        }

        await tokens.Register(request.Caller.AccountId, request.DeviceId!, request.Token.Trim(), clock.GetUtcNow(), cancellationToken);
        return true;
    }
}

public sealed record RemovePushToken(Caller Caller, string? Token) : IRequest<Outcome<bool>>;

public sealed class RemovePushTokenHandler(IPushTokens tokens) : IRequestHandler<RemovePushToken, Outcome<bool>>
{
    public async ValueTask<Outcome<bool>> Handle(RemovePushToken request, CancellationToken cancellationToken) =>
        request.Token is { Length: > 0 } token && await tokens.Remove(request.Caller.AccountId, token, cancellationToken)
            ? true
            : Rejection.NotFound("push.not-found", "No such push token.");
}
