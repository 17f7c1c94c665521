using Upjunoo.Domain.Privacy.Requests;

namespace Upjunoo.Application.Privacy.Requests;

public sealed record PrivacyRequestAccepted(string RequestId, string Status);

public sealed record PrivacyRequestView(
    string RequestId, string RequesterId, string Type, string Status, string? Details, DateTimeOffset ReceivedAt, DateTimeOffset DueAt,
    string? Resolution, string? Archive, IReadOnlyList<PrivacyRequestStepView> History)
{
    public static PrivacyRequestView Of(PrivacyRequestState s, bool showArchive) => new(
        s.RequestId!, s.RequesterId!, Name(s.Type), Name(s.Status), s.Details, s.ReceivedAt!.Value, s.DueAt!.Value, s.Resolution,
        showArchive && s.ArchiveReady ? $"/api/v1/privacy/requests/{s.RequestId}/archive" : null,
        [.. s.History.Select(h => new PrivacyRequestStepView(Name(h.Status), h.By, h.At))]);

    public static string Name<T>(T value)
        where T : struct, Enum
    {
        var text = value.ToString();
        return char.ToLowerInvariant(text[0]) + text[1..];
    }
}

public sealed record PrivacyRequestStepView(string Status, string By, DateTimeOffset At);
