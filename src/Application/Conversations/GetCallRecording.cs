using Mediator;
using Upjunoo.Application.Common;
using Upjunoo.Application.Privacy;
using Upjunoo.Domain.Privacy;

namespace Upjunoo.Application.Conversations;

/// <summary>A call's recording, to its parties and support; every access is logged (R9, R22).</summary>
public sealed record GetCallRecording(Caller Caller, string ConversationId, string CallId) : IRequest<Outcome<CallRecording>>;

/// <summary>Either the bytes we keep, or the provider's media reference.</summary>
public sealed record CallRecording(byte[]? Content, string? MediaRef);

public sealed class GetCallRecordingHandler(ConversationLookup lookup, ConversationGateway conversations, IBlobStore blobs, IAccessLog accessLog, TimeProvider clock)
    : IRequestHandler<GetCallRecording, Outcome<CallRecording>>
{
    public async ValueTask<Outcome<CallRecording>> Handle(GetCallRecording request, CancellationToken cancellationToken)
    {
        if (await lookup.Reach(request.Caller, request.ConversationId, "listen-recording", cancellationToken) is not { } topic)
        {
            return ConversationAccess.NotFound;
        }

        var state = await conversations.Get(request.ConversationId, cancellationToken);
        var call = state.Calls.FirstOrDefault(c => c.CallId == request.CallId);
        if (state.IsPurged || call?.MediaRef is null)
        {
            return ConversationAccess.NotFound;
        }

        var role = ConversationAccess.PartyOf(request.Caller, topic)?.Role ?? "support";
        await accessLog.Record(new AccessRecord(
            clock.GetUtcNow(), request.Caller.AccountId, role, call.CallerId, "call-recording", request.CallId, "listen"), cancellationToken);
        if (!call.StoredByUs)
        {
            return new CallRecording(null, call.MediaRef);
        }

        return await blobs.Get(call.MediaRef, DataCategory.CallRecordings, cancellationToken) is { } blob
            ? new CallRecording(blob.Content, null)
            : ConversationAccess.NotFound;
    }
}
