namespace Upjunoo.Application.Privacy.Ledger;

/// <summary>
/// Legal holds (R18): while a judicial procedure needs it, nothing of the subject (a person's account id, or a case:
/// a trip id) is destroyed — neither by deletion nor by retention.
/// </summary>
public interface ILegalHolds
{
    Task Place(LegalHold hold, CancellationToken cancellationToken);

    Task<IReadOnlyList<LegalHold>> All(bool includeReleased, CancellationToken cancellationToken);

    Task<bool> Release(string holdId, string releasedBy, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The subjects under a hold in force at <paramref name="now"/>.</summary>
    Task<IReadOnlySet<string>> HeldAt(DateTimeOffset now, CancellationToken cancellationToken);
}

public sealed record LegalHold(
    string Id, string SubjectId, string Reason, DateTimeOffset? Until, string PlacedBy, DateTimeOffset PlacedAt, DateTimeOffset? ReleasedAt = null)
{
    public bool InForceAt(DateTimeOffset now) => ReleasedAt is null && (Until is null || Until > now);
}
