using Upjunoo.Domain.Countries;
using Upjunoo.Domain.Identity;

namespace Upjunoo.Application.Accounts;

/// <summary>
/// Every account by id, language and country (projected from the journal, no contact details: those are fetched from
/// the Account entity when a message is sent). Used to tell everyone of a policy update and to find closed accounts.
/// </summary>
public interface IAccountDirectory
{
    Task<IReadOnlyList<DirectoryEntry>> Open(CancellationToken cancellationToken);

    Task<IReadOnlyList<DirectoryEntry>> Closed(CancellationToken cancellationToken);
}

public sealed record DirectoryEntry(string AccountId, Language Language, CountryCode Country, DateTimeOffset? ClosedAt);
