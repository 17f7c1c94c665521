using Mediator;
using Upjunoo.Application.Common;
using Upjunoo.Domain.Common;

namespace Upjunoo.Application.Accounts;

public sealed record GetMyDevices(Caller Caller) : IRequest<Outcome<IReadOnlyList<DeviceView>>>;

public sealed class GetMyDevicesHandler(AccountGateway accounts) : IRequestHandler<GetMyDevices, Outcome<IReadOnlyList<DeviceView>>>
{
    public async ValueTask<Outcome<IReadOnlyList<DeviceView>>> Handle(GetMyDevices request, CancellationToken cancellationToken)
    {
        var account = await accounts.Get(request.Caller.AccountId, cancellationToken);
        return account.IsRegistered
            ? Outcome<IReadOnlyList<DeviceView>>.Ok([.. account.Devices.OrderByDescending(d => d.LastSeen).Select(DeviceView.Of)])
            : Rejection.NotFound("account.not-found", "No such account.");
    }
}
