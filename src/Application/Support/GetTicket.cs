using Mediator;
using Upjunoo.Application.Common;

namespace Upjunoo.Application.Support;

public sealed record GetTicket(Caller Caller, string TicketId) : IRequest<Outcome<TicketView>>;

public sealed class GetTicketHandler(TicketAccess access) : IRequestHandler<GetTicket, Outcome<TicketView>>
{
    public async ValueTask<Outcome<TicketView>> Handle(GetTicket request, CancellationToken cancellationToken) =>
        await access.Reach(request.Caller, request.TicketId, "view", cancellationToken) is { } ticket
            ? await access.View(ticket, request.Caller, cancellationToken)
            : TicketAccess.NotFound;
}
