using Mediator;
using Upjunoo.Application.Common;
using Upjunoo.Domain.Common;
using Upjunoo.Domain.Conversations;
using Upjunoo.Domain.Privacy;

namespace Upjunoo.Application.Conversations;

/// <summary>
/// A party records a call placed through the app (R9): metadata plus the recording (uploaded here and kept encrypted
/// with the caller's key in the blob store) or the provider's media reference. Same retention as the messages.
/// </summary>
public sealed record RecordCall(
    Caller Caller, string ConversationId, DateTimeOffset? StartedAt, int? DurationSeconds, byte[]? Recording, string? MediaRef)
    : IRequest<Outcome<CallView>>;

public sealed class RecordCallHandler(
    ConversationLookup lookup, ConversationGateway conversations, IBlobStore blobs, IIdGenerator ids, TimeProvider clock)
    : IRequestHandler<RecordCall, Outcome<CallView>>
{
    public const int MaxRecordingBytes = 20 * 1024 * 1024;

    public async ValueTask<Outcome<CallView>> Handle(RecordCall request, CancellationToken cancellationToken)
    {
        if (await lookup.Reach(request.Caller, request.ConversationId, "record-call", cancellationToken) is not { } topic
            || ConversationAccess.PartyOf(request.Caller, topic) is not { } caller)
        {
            return ConversationAccess.NotFound;
        }

        if (request.StartedAt is null || request.DurationSeconds is null || (request.Recording is null && string.IsNullOrWhiteSpace(request.MediaRef))
            || request.Recording?.Length > MaxRecordingBytes || request.MediaRef?.Length > 500)
        {
            return Rejection.Invalid("conversation.invalid-call", "A call has startedAt, durationSeconds and a recording (up to 20 MB) or a mediaRef.");
        }

        var callee = topic.Parties.FirstOrDefault(p => p.AccountId != caller.AccountId);
        var callId = ids.NewId();
        var mediaRef = request.MediaRef;
        if (request.Recording is { } bytes)
        {
            mediaRef = await blobs.Put(bytes, "application/octet-stream", DataCategory.CallRecordings, caller.AccountId, cancellationToken);
        }

        var state = await conversations.Get(request.ConversationId, cancellationToken);
        await lookup.Settle(request.ConversationId, topic, state, cancellationToken);
        var call = new CallRecord(callId, caller.AccountId, callee?.AccountId ?? "", request.StartedAt.Value, request.DurationSeconds.Value,
            mediaRef, request.Recording is not null, clock.GetUtcNow());
        var reply = await conversations.Send(request.ConversationId, new ConversationCommand.RecordCall(request.ConversationId, call, clock.GetUtcNow()), cancellationToken);
        if (reply.Rejection is { } rejection)
        {
            if (request.Recording is not null)
            {
                await blobs.Delete(mediaRef!, DataCategory.CallRecordings, cancellationToken);
            }

            return rejection;
        }

        return new CallView(callId, caller.FirstName, callee?.FirstName ?? "", call.StartedAt, call.DurationSeconds, true);
    }
}
