namespace Upjunoo.Application.Privacy.Ledger;

/// <summary>Every disclosure of personal data to a partner, an authority or a processor (R19).</summary>
public interface IDisclosureLedger
{
    Task Record(Disclosure disclosure, CancellationToken cancellationToken);

    Task<IReadOnlyList<Disclosure>> List(string? subjectId, int limit, CancellationToken cancellationToken);
}

public sealed record Disclosure(
    string Id, string Recipient, string RecipientKind, string Country, string LegalBasis, IReadOnlyList<string> Categories,
    string SubjectId, DateTimeOffset At, string By);
