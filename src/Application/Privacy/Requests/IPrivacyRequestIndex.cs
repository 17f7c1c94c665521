namespace Upjunoo.Application.Privacy.Requests;

/// <summary>The rights requests read model (projected from the journal): the DPO's queue and a person's own requests.</summary>
public interface IPrivacyRequestIndex
{
    Task<IReadOnlyList<PrivacyRequestSummary>> ByStatus(string? status, int limit, CancellationToken cancellationToken);

    Task<IReadOnlyList<PrivacyRequestSummary>> Of(string requesterId, CancellationToken cancellationToken);
}

public sealed record PrivacyRequestSummary(
    string RequestId, string RequesterId, string Type, string Status, DateTimeOffset ReceivedAt, DateTimeOffset DueAt, DateTimeOffset UpdatedAt);
