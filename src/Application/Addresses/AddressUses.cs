using Upjunoo.Domain.Addresses;
using Upjunoo.Domain.Geo;

namespace Upjunoo.Application.Addresses;

/// <summary>
/// Records the addresses a person searches for or goes to (R6), from ride requests and order drop-offs. Best effort:
/// the history only improves suggestions, so a failure here never fails the ride or the order.
/// </summary>
public sealed class AddressUses(AddressBookGateway books, TimeProvider clock)
{
    public async Task Record(string accountId, string? text, GeoPoint position, AddressUseKind kind, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text) || !position.IsValid)
        {
            return;
        }

        try
        {
            await books.Send(accountId, new AddressBookCommand.RecordUse(accountId, text, position, kind, clock.GetUtcNow()), cancellationToken);
        }
#pragma warning disable CA1031 // best effort by design: the ride or order is already recorded; a lost use costs a suggestion.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }
}
