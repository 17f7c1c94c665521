using Mediator;
using Upjunoo.Application.Auth;
using Upjunoo.Application.Common;
using Upjunoo.Domain.Accounts;
using Upjunoo.Domain.Common;

namespace Upjunoo.Application.Accounts;

/// <summary>Asks to become a driver or courier; approved at once where partners are auto-approved (Development).</summary>
public sealed record RequestPartnerProfile(Caller Caller, string? Kind, Vehicle? Vehicle, IReadOnlyList<string>? Services)
    : IRequest<Outcome<ProfileView>>;

public sealed class RequestPartnerProfileHandler(AccountGateway accounts, AuthSettings settings, TimeProvider clock)
    : IRequestHandler<RequestPartnerProfile, Outcome<ProfileView>>
{
    public async ValueTask<Outcome<ProfileView>> Handle(RequestPartnerProfile request, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<PartnerKind>(request.Kind, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
        {
            return Rejection.Invalid("account.invalid-partner-kind", "The kind must be driver or courier.", "kind");
        }

        if (request.Vehicle is { } v && new[] { v.Make, v.Model, v.Plate, v.Color }.Any(s => string.IsNullOrWhiteSpace(s) || s.Length > 40))
        {
            return Rejection.Invalid("account.invalid-vehicle", "A vehicle needs make, model, plate and color (at most 40 characters each).", "vehicle");
        }

        var services = request.Services ?? [];
        if (services.Count > 10 || services.Any(s => string.IsNullOrWhiteSpace(s) || s.Length > 32))
        {
            return Rejection.Invalid("account.invalid-services", "At most 10 services, each a short name.", "services");
        }

        var reply = await accounts.Send(
            request.Caller.AccountId,
            new AccountCommand.RequestDriverProfile(kind, request.Vehicle, services, settings.AutoApprovePartners, clock.GetUtcNow()),
            cancellationToken);
        return reply.Rejection is { } rejection ? rejection : ProfileView.Of(reply.State);
    }
}
