using Mediator;
using Upjunoo.Application.Common;
using Upjunoo.Domain.Common;
using Upjunoo.Domain.Drivers;
using Upjunoo.Domain.Identity;

namespace Upjunoo.Application.Drivers;

/// <summary>A driver or courier goes online (may be offered jobs) or offline (leaves the nearby index at once).</summary>
public sealed record SetAvailability(Caller Caller, string? Status) : IRequest<Outcome<AvailabilityView>>;

public sealed record AvailabilityView(string Status, string? JobKind, string? JobId);

public sealed class SetAvailabilityHandler(DriverGateway drivers, ILocationIngest ingest, IDriverAvailability availability, TimeProvider clock)
    : IRequestHandler<SetAvailability, Outcome<AvailabilityView>>
{
    public async ValueTask<Outcome<AvailabilityView>> Handle(SetAvailability request, CancellationToken cancellationToken)
    {
        if (!request.Caller.Has(Role.Driver) && !request.Caller.Has(Role.Courier))
        {
            return Rejection.Forbidden("driver.partner-only", "Only drivers and couriers have an availability.");
        }

        DriverCommand? command = request.Status?.ToLowerInvariant() switch
        {
            "online" => new DriverCommand.GoOnline(clock.GetUtcNow()),
            "offline" => new DriverCommand.GoOffline(clock.GetUtcNow()),
            _ => null,
        };
        if (command is null)
        {
            return Rejection.Invalid("driver.invalid-status", "The status must be online or offline.", "status");
        }

        var reply = await drivers.Send(request.Caller.AccountId, command, cancellationToken);
        if (reply.Rejection is { } rejection)
        {
            return rejection;
        }

        availability.Update(request.Caller.AccountId, reply.State.Status);
        if (!reply.State.IsFree)
        {
            ingest.Remove(request.Caller.AccountId);
        }

        return AvailabilityViews.Of(reply.State);
    }
}

public static class AvailabilityViews
{
    public static AvailabilityView Of(DriverState state) => new(
        state.Status switch
        {
            DriverStatus.Offline => "offline",
            DriverStatus.Available => "online",
            DriverStatus.Offered => "offered",
            _ => "busy",
        },
        state.JobKind?.ToString().ToLowerInvariant(),
        state.JobId);
}
