using Mediator;
using Upjunoo.Application.Common;
using Upjunoo.Domain.Common;

namespace Upjunoo.Application.Support;

/// <summary>A signed-in customer contacts support from the app (R10); <c>contestDecision</c> asks a person to review an automated decision (R17).</summary>
public sealed record OpenTicket(Caller Caller, string? Kind, string? Subject, string? Message, string? TripId, string? OrderId) : IRequest<Outcome<TicketCreated>>;

public sealed class OpenTicketHandler(TicketOpener opener) : IRequestHandler<OpenTicket, Outcome<TicketCreated>>
{
    public async ValueTask<Outcome<TicketCreated>> Handle(OpenTicket request, CancellationToken cancellationToken) =>
        TicketNames.TryParseKind(request.Kind, out var kind)
            ? await opener.Open(request.Caller, kind, request.Subject, request.Message, request.TripId, request.OrderId, cancellationToken)
            : Rejection.Invalid("support.invalid-kind", "kind is question, complaint, suggestion, lostItem, contestDecision or urgent.", "kind");
}
