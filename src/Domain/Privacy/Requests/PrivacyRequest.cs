using Upjunoo.Domain.Common;
using static Upjunoo.Domain.Privacy.Requests.PrivacyRequestEvent.V1;

namespace Upjunoo.Domain.Privacy.Requests;

/// <summary>
/// One rights request (R20): received → in progress → completed or rejected, answered within
/// <see cref="AnswerWithin"/> of receipt, with its history.
/// </summary>
public sealed class PrivacyRequest : IDecider<PrivacyRequestState, PrivacyRequestCommand, PrivacyRequestEvent>
{
    public const int MaxTextLength = 2000;

    public static TimeSpan AnswerWithin { get; } = TimeSpan.FromDays(30);

    public static PrivacyRequestState Initial => PrivacyRequestState.Empty;

    public static Decision<PrivacyRequestEvent> Decide(PrivacyRequestCommand command, PrivacyRequestState state)
    {
        if (command is PrivacyRequestCommand.Submit submit)
        {
            return Submit(submit, state);
        }

        if (!state.Exists)
        {
            return Rejection.NotFound("privacy-request.not-found", "No such request.");
        }

        return command switch
        {
            PrivacyRequestCommand.Start c => state.Status == PrivacyRequestStatus.Received
                ? Decision<PrivacyRequestEvent>.Accept(new Started(c.By, c.Now))
                : Decision<PrivacyRequestEvent>.Nothing,
            PrivacyRequestCommand.Complete c => Complete(c, state),
            PrivacyRequestCommand.Reject c => Reject(c, state),
            _ => throw new ArgumentOutOfRangeException(nameof(command)),
        };
    }

    private static Decision<PrivacyRequestEvent> Submit(PrivacyRequestCommand.Submit c, PrivacyRequestState state)
    {
        if (state.Exists)
        {
            return Decision<PrivacyRequestEvent>.Nothing;
        }

        if (c.Details is { Length: > MaxTextLength })
        {
            return Rejection.Invalid("privacy-request.details-too-long", $"Details are at most {MaxTextLength} characters.", "details");
        }

        return Decision<PrivacyRequestEvent>.Accept(new Received(c.RequestId, c.RequesterId, c.Type, c.Details, c.Now + AnswerWithin, c.Now));
    }

    private static Decision<PrivacyRequestEvent> Complete(PrivacyRequestCommand.Complete c, PrivacyRequestState state) => state.Status switch
    {
        PrivacyRequestStatus.Completed => Decision<PrivacyRequestEvent>.Nothing,
        PrivacyRequestStatus.Rejected => Rejection.Conflict("privacy-request.closed", "This request was already rejected."),
        _ when c.Note is { Length: > MaxTextLength } => Rejection.Invalid("privacy-request.note-too-long", $"A note is at most {MaxTextLength} characters.", "note"),
        _ => Decision<PrivacyRequestEvent>.Accept(new Completed(c.By, c.Note, c.ArchiveReady, c.Now)),
    };

    private static Decision<PrivacyRequestEvent> Reject(PrivacyRequestCommand.Reject c, PrivacyRequestState state) => state.Status switch
    {
        PrivacyRequestStatus.Rejected => Decision<PrivacyRequestEvent>.Nothing,
        PrivacyRequestStatus.Completed => Rejection.Conflict("privacy-request.closed", "This request was already completed."),
        _ when string.IsNullOrWhiteSpace(c.Reason) || c.Reason.Length > MaxTextLength =>
            Rejection.Invalid("privacy-request.reason-required", "A rejection needs a reason (the person is told why).", "reason"),
        _ => Decision<PrivacyRequestEvent>.Accept(new Rejected(c.By, c.Reason.Trim(), c.Now)),
    };

    public static PrivacyRequestState Evolve(PrivacyRequestState state, PrivacyRequestEvent @event) => @event switch
    {
        Received e => state with
        {
            RequestId = e.RequestId, RequesterId = e.RequesterId, Type = e.Type, Details = e.Details,
            Status = PrivacyRequestStatus.Received, ReceivedAt = e.At, DueAt = e.DueAt,
            History = [new PrivacyRequestStep(PrivacyRequestStatus.Received, e.RequesterId, e.At)],
        },
        Started e => Step(state, PrivacyRequestStatus.InProgress, e.By, e.At),
        Completed e => Step(state, PrivacyRequestStatus.Completed, e.By, e.At) with { ArchiveReady = e.ArchiveReady, Resolution = e.Note },
        Rejected e => Step(state, PrivacyRequestStatus.Rejected, e.By, e.At) with { Resolution = e.Reason },
        _ => state,
    };

    private static PrivacyRequestState Step(PrivacyRequestState state, PrivacyRequestStatus status, string by, DateTimeOffset at) =>
        state with { Status = status, History = [.. state.History, new PrivacyRequestStep(status, by, at)] };
}
