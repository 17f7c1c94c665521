using Mediator;
using Upjunoo.Application.Common;

namespace Upjunoo.Application.Privacy.Requests;

/// <summary><c>DELETE /me</c>: the same as a deletion request.</summary>
public sealed record DeleteMe(Caller Caller) : IRequest<Outcome<PrivacyRequestAccepted>>;

public sealed class DeleteMeHandler(IMediator mediator) : IRequestHandler<DeleteMe, Outcome<PrivacyRequestAccepted>>
{
    public ValueTask<Outcome<PrivacyRequestAccepted>> Handle(DeleteMe request, CancellationToken cancellationToken) =>
        mediator.Send(new SubmitPrivacyRequest(request.Caller, "deletion", null), cancellationToken);
}
