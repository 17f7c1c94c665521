using Upjunoo.Domain.Privacy.Requests;

namespace Upjunoo.Application.Privacy.Requests;

/// <summary>Answers an access or export request: in progress → archive built and stored encrypted → completed.</summary>
public sealed class ArchiveRequestProcessor(PrivacyRequestGateway requests, PersonalArchiveBuilder builder, IArchiveStore archives, TimeProvider clock)
{
    public async Task Process(string requestId, CancellationToken cancellationToken)
    {
        var request = await requests.Get(requestId, cancellationToken);
        if (!request.Exists || !request.IsOpen || request.Type is not (PrivacyRequestType.Access or PrivacyRequestType.Export))
        {
            return;
        }

        await requests.Send(requestId, new PrivacyRequestCommand.Start(AccountDeletion.System, clock.GetUtcNow()), cancellationToken);
        var archive = await builder.Build(request.RequesterId!, cancellationToken);
        await archives.Save(requestId, request.RequesterId!, PersonalArchiveBuilder.ToJson(archive), cancellationToken);
        await requests.Send(requestId, new PrivacyRequestCommand.Complete(AccountDeletion.System, null, true, clock.GetUtcNow()), cancellationToken);
    }
}
