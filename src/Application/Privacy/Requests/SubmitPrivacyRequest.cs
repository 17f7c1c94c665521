using Mediator;
using Upjunoo.Application.Common;
using Upjunoo.Domain.Common;
using Upjunoo.Domain.Privacy.Consents;
using Upjunoo.Domain.Privacy.Requests;

namespace Upjunoo.Application.Privacy.Requests;

/// <summary>
/// A rights request (R20), answered 202. Access and export are built in the background; deletion closes the account
/// at once; restriction pauses analytics and marketing at once; the others wait in the DPO's queue.
/// </summary>
public sealed record SubmitPrivacyRequest(Caller Caller, string? Type, string? Details) : IRequest<Outcome<PrivacyRequestAccepted>>;

public sealed class SubmitPrivacyRequestHandler(
    PrivacyRequestGateway requests, PrivacyProfileGateway profiles, AccountDeletion deletion, IArchiveJobs archives, IIdGenerator ids, TimeProvider clock)
    : IRequestHandler<SubmitPrivacyRequest, Outcome<PrivacyRequestAccepted>>
{
    public async ValueTask<Outcome<PrivacyRequestAccepted>> Handle(SubmitPrivacyRequest request, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<PrivacyRequestType>(request.Type, ignoreCase: true, out var type) || !Enum.IsDefined(type) || int.TryParse(request.Type, out _))
        {
            return Rejection.Invalid("privacy-request.invalid-type",
                "The type is one of access, export, erasure, deletion, rectification, restriction, objection, complaint.", "type");
        }

        var requestId = ids.NewId();
        var caller = request.Caller.AccountId;
        var submitted = await requests.Send(requestId, new PrivacyRequestCommand.Submit(requestId, caller, type, request.Details, clock.GetUtcNow()), cancellationToken);
        if (submitted.Rejection is { } rejection)
        {
            return rejection;
        }

        var state = submitted.State;
        switch (type)
        {
            case PrivacyRequestType.Access or PrivacyRequestType.Export:
                archives.Enqueue(requestId);
                break;
            case PrivacyRequestType.Deletion:
                state = await deletion.Run(requestId, caller, cancellationToken);
                break;
            case PrivacyRequestType.Restriction:
                await profiles.Send(caller, new PrivacyProfileCommand.Restrict(caller, requestId, clock.GetUtcNow()), cancellationToken);
                state = (await requests.Send(requestId, new PrivacyRequestCommand.Start(AccountDeletion.System, clock.GetUtcNow()), cancellationToken)).State;
                break;
        }

        return new PrivacyRequestAccepted(requestId, PrivacyRequestView.Name(state.Status));
    }
}
