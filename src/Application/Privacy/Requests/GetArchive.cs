using Mediator;
using Upjunoo.Application.Common;
using Upjunoo.Domain.Common;

namespace Upjunoo.Application.Privacy.Requests;

/// <summary>The archive of an access or export request: to the requester only (not even the DPO downloads it).</summary>
public sealed record GetArchive(Caller Caller, string RequestId) : IRequest<Outcome<byte[]>>;

public sealed class GetArchiveHandler(PrivacyRequestGateway requests, IArchiveStore archives) : IRequestHandler<GetArchive, Outcome<byte[]>>
{
    public async ValueTask<Outcome<byte[]>> Handle(GetArchive request, CancellationToken cancellationToken)
    {
        if (!Ids.LooksValid(request.RequestId))
        {
            return GetPrivacyRequestHandler.NotFound;
        }

        var state = await requests.Get(request.RequestId, cancellationToken);
        if (!state.Exists || state.RequesterId != request.Caller.AccountId)
        {
            return GetPrivacyRequestHandler.NotFound;
        }

        if (!state.ArchiveReady)
        {
            return Rejection.Conflict("privacy-request.archive-not-ready", "The archive is not ready yet.");
        }

        return await archives.Load(request.RequestId, cancellationToken) is { } content ? content : GetPrivacyRequestHandler.NotFound;
    }
}
