using Mediator;
using Upjunoo.Application.Common;

namespace Upjunoo.Application.Safety;

public sealed record GetEmergencyContacts(Caller Caller) : IRequest<Outcome<EmergencyContactsView>>;

public sealed class GetEmergencyContactsHandler(SafetyGateway safety) : IRequestHandler<GetEmergencyContacts, Outcome<EmergencyContactsView>>
{
    public async ValueTask<Outcome<EmergencyContactsView>> Handle(GetEmergencyContacts request, CancellationToken cancellationToken) =>
        EmergencyContactsView.Of(await safety.Get(request.Caller.AccountId, cancellationToken));
}
