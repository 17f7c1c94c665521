using Mediator;
using Upjunoo.Application.Common;
using Upjunoo.Domain.Addresses;
using Upjunoo.Domain.Common;
using Upjunoo.Domain.Geo;

namespace Upjunoo.Application.Addresses;

/// <summary>Saves a home, work or named address (R6); a new home or work address replaces the previous one.</summary>
public sealed record SaveAddress(Caller Caller, string? Label, string? Name, string? Text, double? Lat, double? Lng) : IRequest<Outcome<SavedAddressView>>;

public sealed class SaveAddressHandler(AddressBookGateway books, IIdGenerator ids, TimeProvider clock) : IRequestHandler<SaveAddress, Outcome<SavedAddressView>>
{
    public async ValueTask<Outcome<SavedAddressView>> Handle(SaveAddress request, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<SavedAddressLabel>(request.Label, ignoreCase: true, out var label) || !Enum.IsDefined(label))
        {
            return Rejection.Invalid("validation", "The label is home, work or named.", "label");
        }

        var addressId = ids.NewId();
        var accountId = request.Caller.AccountId;
        var reply = await books.Send(
            accountId,
            new AddressBookCommand.Save(
                accountId, addressId, label, request.Name, request.Text ?? "", new GeoPoint(request.Lat ?? double.NaN, request.Lng ?? double.NaN), clock.GetUtcNow()),
            cancellationToken);
        if (reply.Rejection is { } rejection)
        {
            return rejection;
        }

        return reply.State.Saved.FirstOrDefault(a => a.AddressId == addressId) is { } saved
            ? SavedAddressView.Of(saved)
            : Rejection.Conflict("address-book.not-saved", "The address was not saved.");
    }
}

/// <summary>The caller's saved addresses.</summary>
public sealed record GetMyAddresses(Caller Caller) : IRequest<Outcome<SavedAddressesView>>;

public sealed class GetMyAddressesHandler(AddressBookGateway books) : IRequestHandler<GetMyAddresses, Outcome<SavedAddressesView>>
{
    public async ValueTask<Outcome<SavedAddressesView>> Handle(GetMyAddresses request, CancellationToken cancellationToken)
    {
        var book = await books.Get(request.Caller.AccountId, cancellationToken);
        return new SavedAddressesView([.. book.Saved.OrderBy(a => a.Label).ThenBy(a => a.Name, StringComparer.Ordinal).Select(SavedAddressView.Of)]);
    }
}

/// <summary>Removes a saved address; removing one that is not there is not an error.</summary>
public sealed record RemoveAddress(Caller Caller, string AddressId) : IRequest<Outcome<SavedAddressesView>>;

public sealed class RemoveAddressHandler(AddressBookGateway books, TimeProvider clock) : IRequestHandler<RemoveAddress, Outcome<SavedAddressesView>>
{
    public async ValueTask<Outcome<SavedAddressesView>> Handle(RemoveAddress request, CancellationToken cancellationToken)
    {
        var accountId = request.Caller.AccountId;
        var reply = await books.Send(accountId, new AddressBookCommand.Remove(accountId, request.AddressId, clock.GetUtcNow()), cancellationToken);
        return reply.Rejection is { } rejection
            ? rejection
            : new SavedAddressesView([.. reply.State.Saved.Select(SavedAddressView.Of)]);
    }
}

/// <summary>Pickup and delivery suggestions (R6): saved addresses first, then the search and visit history ranked by use.</summary>
public sealed record SuggestAddresses(Caller Caller, string? Query, double? Lat, double? Lng, int? Limit) : IRequest<Outcome<AddressSuggestionsView>>;

public sealed class SuggestAddressesHandler(AddressBookGateway books, TimeProvider clock) : IRequestHandler<SuggestAddresses, Outcome<AddressSuggestionsView>>
{
    public async ValueTask<Outcome<AddressSuggestionsView>> Handle(SuggestAddresses request, CancellationToken cancellationToken)
    {
        var limit = request.Limit ?? AddressSuggestions.DefaultLimit;
        if (limit is < 1 or > 50 || request.Query?.Length > AddressBookRules.MaxTextLength)
        {
            return Rejection.Invalid("validation", "The limit is 1 to 50 and the query at most 300 characters.", "limit");
        }

        GeoPoint? near = request.Lat is { } lat && request.Lng is { } lng ? new GeoPoint(lat, lng) : null;
        var book = await books.Get(request.Caller.AccountId, cancellationToken);
        return new AddressSuggestionsView([.. AddressSuggestions.Rank(book, request.Query, near, clock.GetUtcNow(), limit).Select(AddressSuggestionView.Of)]);
    }
}
