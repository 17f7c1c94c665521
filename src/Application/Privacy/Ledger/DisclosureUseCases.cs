using Mediator;
using Upjunoo.Application.Common;
using Upjunoo.Domain.Common;
using Upjunoo.Domain.Countries;
using Upjunoo.Domain.Identity;
using Upjunoo.Domain.Privacy;

namespace Upjunoo.Application.Privacy.Ledger;

/// <summary>The DPO records a disclosure (R19): to whom, where, on what legal basis, which categories, of whom.</summary>
public sealed record RecordDisclosure(
    Caller Caller, string? Recipient, string? RecipientKind, string? Country, string? LegalBasis, IReadOnlyList<string>? Categories, string? SubjectId)
    : IRequest<Outcome<Disclosure>>;

public sealed record ListDisclosures(Caller Caller, string? SubjectId) : IRequest<Outcome<IReadOnlyList<Disclosure>>>;

public sealed class DisclosureHandlers(IDisclosureLedger ledger, IIdGenerator ids, TimeProvider clock) :
    IRequestHandler<RecordDisclosure, Outcome<Disclosure>>,
    IRequestHandler<ListDisclosures, Outcome<IReadOnlyList<Disclosure>>>
{
    private static readonly string[] Kinds = ["partner", "authority", "processor", "affiliate", "advertising", "analytics"];
    private static readonly Rejection DpoOnly = Rejection.Forbidden("privacy.dpo-only", "Only the data-protection officer keeps the disclosure ledger.");

    public async ValueTask<Outcome<Disclosure>> Handle(RecordDisclosure request, CancellationToken cancellationToken)
    {
        if (!request.Caller.Has(Role.Dpo))
        {
            return DpoOnly;
        }

        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Recipient) || request.Recipient.Length > 200)
        {
            errors["recipient"] = ["Who received the data (1 to 200 characters)."];
        }

        if (!Kinds.Contains(request.RecipientKind, StringComparer.Ordinal))
        {
            errors["recipientKind"] = ["One of " + string.Join(", ", Kinds) + "."];
        }

        if (request.Country is not { Length: 2 } || !request.Country.All(char.IsAsciiLetterUpper))
        {
            errors["country"] = ["The recipient's country (ISO 3166-1 alpha-2); it may be outside the countries served."];
        }

        if (string.IsNullOrWhiteSpace(request.LegalBasis) || request.LegalBasis.Length > 300)
        {
            errors["legalBasis"] = ["The legal basis (1 to 300 characters)."];
        }

        if (request.Categories is not { Count: > 0 } categories || categories.Any(c => !Enum.TryParse<DataCategory>(c, true, out _)))
        {
            errors["categories"] = ["At least one data category of the catalogue."];
        }

        if (!Ids.LooksValid(request.SubjectId))
        {
            errors["subjectId"] = ["The account id of the person concerned."];
        }

        if (errors.Count > 0)
        {
            return new Rejection(RejectionKind.Invalid, "validation", "Some fields are not valid.", errors);
        }

        var disclosure = new Disclosure(ids.NewId(), request.Recipient!.Trim(), request.RecipientKind!, request.Country!, request.LegalBasis!.Trim(),
            [.. request.Categories!.Select(c => Enum.Parse<DataCategory>(c, true).ToString())], request.SubjectId!, clock.GetUtcNow(), request.Caller.AccountId);
        await ledger.Record(disclosure, cancellationToken);
        return disclosure;
    }

    public async ValueTask<Outcome<IReadOnlyList<Disclosure>>> Handle(ListDisclosures request, CancellationToken cancellationToken) =>
        request.Caller.Has(Role.Dpo) ? Outcome<IReadOnlyList<Disclosure>>.Ok(await ledger.List(request.SubjectId, 500, cancellationToken)) : DpoOnly;
}
