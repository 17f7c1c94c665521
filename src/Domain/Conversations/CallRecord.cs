using Upjunoo.Domain.Privacy;

namespace Upjunoo.Domain.Conversations;

/// <summary>
/// A call placed through the app (R9): its metadata and a reference to the stored recording (a blob key of ours, or
/// the media reference the telephony provider gave), encrypted with the caller's key.
/// </summary>
public sealed record CallRecord(
    [property: NotPersonal("an opaque id")] string CallId,
    [property: DataSubject] string CallerId,
    string CalleeId,
    DateTimeOffset StartedAt,
    int DurationSeconds,
    [property: Personal(DataCategory.CallRecordings)] string? MediaRef,
    bool StoredByUs,
    DateTimeOffset At);
