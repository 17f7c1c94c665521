using Mediator;
using Upjunoo.Application.Common;
using Upjunoo.Application.Privacy.Policy;
using Upjunoo.Domain.Privacy.Consents;

namespace Upjunoo.Application.Privacy.Consents;

/// <summary>Grants or withdraws consent per purpose (R14), citing the policy version in force (R21). Omitted purposes stay as they are.</summary>
public sealed record SetMyConsents(Caller Caller, bool? Marketing, bool? Advertising, bool? Analytics, string Channel) : IRequest<Outcome<ConsentsView>>;

public sealed class SetMyConsentsHandler(PrivacyProfileGateway profiles, IPolicyVersions policies, TimeProvider clock)
    : IRequestHandler<SetMyConsents, Outcome<ConsentsView>>
{
    public async ValueTask<Outcome<ConsentsView>> Handle(SetMyConsents request, CancellationToken cancellationToken)
    {
        var version = (await policies.Current(cancellationToken)).Version;
        var state = await profiles.Get(request.Caller.AccountId, cancellationToken);
        foreach (var (purpose, granted) in new[] { (ConsentPurpose.Marketing, request.Marketing), (ConsentPurpose.Advertising, request.Advertising), (ConsentPurpose.Analytics, request.Analytics) })
        {
            if (granted is not { } answer)
            {
                continue;
            }

            var reply = await profiles.Send(
                request.Caller.AccountId,
                new PrivacyProfileCommand.RecordConsent(request.Caller.AccountId, purpose, answer, request.Channel, version, clock.GetUtcNow()),
                cancellationToken);
            if (reply.Rejection is { } rejection)
            {
                return rejection;
            }

            state = reply.State;
        }

        return ConsentsView.Of(state);
    }
}
