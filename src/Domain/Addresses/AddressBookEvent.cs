using Upjunoo.Domain.Common;
using Upjunoo.Domain.Geo;
using Upjunoo.Domain.Privacy;

namespace Upjunoo.Domain.Addresses;

public abstract record AddressBookEvent : IPersisted
{
    private AddressBookEvent()
    {
    }

    public static class V1
    {
        [PersistedAs("address-book.address-saved.v1")]
        public sealed record AddressSaved(string AccountId, SavedAddress Address) : AddressBookEvent;

        [PersistedAs("address-book.address-removed.v1")]
        public sealed record AddressRemoved([property: NotPersonal("an opaque id")] string AddressId, DateTimeOffset At) : AddressBookEvent;

        [PersistedAs("address-book.address-used.v1")]
        public sealed record AddressUsed(
            string AccountId,
            [property: Personal(DataCategory.SearchAndVisitAddresses)] string Text,
            [property: Personal(DataCategory.SearchAndVisitAddresses)] GeoPoint Position,
            AddressUseKind Kind,
            DateTimeOffset At) : AddressBookEvent;

        [PersistedAs("address-book.history-cleared.v1")]
        public sealed record HistoryCleared(DateTimeOffset At) : AddressBookEvent;
    }
}
