using Mediator;
using Upjunoo.Application.Common;

namespace Upjunoo.Application.Safety;

/// <summary>The caller's SOS alerts, newest first.</summary>
public sealed record GetMySos(Caller Caller) : IRequest<Outcome<IReadOnlyList<SosView>>>;

public sealed class GetMySosHandler(SafetyGateway safety) : IRequestHandler<GetMySos, Outcome<IReadOnlyList<SosView>>>
{
    public async ValueTask<Outcome<IReadOnlyList<SosView>>> Handle(GetMySos request, CancellationToken cancellationToken)
    {
        var state = await safety.Get(request.Caller.AccountId, cancellationToken);
        return Outcome<IReadOnlyList<SosView>>.Ok([.. state.Alerts.Reverse().Select(SosView.Of)]);
    }
}
