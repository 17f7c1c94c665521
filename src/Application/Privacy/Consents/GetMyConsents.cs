using Mediator;
using Upjunoo.Application.Common;

namespace Upjunoo.Application.Privacy.Consents;

public sealed record GetMyConsents(Caller Caller) : IRequest<Outcome<ConsentsView>>;

public sealed class GetMyConsentsHandler(PrivacyProfileGateway profiles) : IRequestHandler<GetMyConsents, Outcome<ConsentsView>>
{
    public async ValueTask<Outcome<ConsentsView>> Handle(GetMyConsents request, CancellationToken cancellationToken) =>
        ConsentsView.Of(await profiles.Get(request.Caller.AccountId, cancellationToken));
}
