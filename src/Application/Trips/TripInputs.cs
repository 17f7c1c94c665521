using Upjunoo.Domain.Common;
using Upjunoo.Domain.Fares;
using Upjunoo.Domain.Geo;
using Upjunoo.Domain.Trips;

namespace Upjunoo.Application.Trips;

public sealed record PlaceInput(double? Lat, double? Lng, string? Address);

public sealed record PaymentInput(string? Kind, string? Provider, string? Token);

/// <summary>Turns wire input into domain values, collecting every field error at once.</summary>
public static class TripInputs
{
    public static Place? Place(PlaceInput? input, string field, Dictionary<string, string[]> errors)
    {
        var place = input is null ? null : new Place(new GeoPoint(input.Lat ?? double.NaN, input.Lng ?? double.NaN), input.Address);
        if (place is not { IsValid: true })
        {
            errors[field] = [$"A {field} needs lat and lng in degrees (and an address of at most {Domain.Trips.Place.MaxAddressLength} characters)."];
            return null;
        }

        return place;
    }

    public static ServiceType? Service(string? name, Dictionary<string, string[]> errors)
    {
        if (Enum.TryParse<ServiceType>(name, ignoreCase: true, out var service) && Enum.IsDefined(service) && service != ServiceType.Delivery)
        {
            return service;
        }

        errors["service"] = ["The service must be standard, comfort or moto."];
        return null;
    }

    public static PaymentMethod? Payment(PaymentInput? input, Dictionary<string, string[]> errors)
    {
        PaymentMethod? payment = input?.Kind?.ToLowerInvariant() switch
        {
            null or "cash" => input?.Token is null ? PaymentMethod.Cash : null,
            "card" when input.Provider is { } p && input.Token is { } t => PaymentMethod.Card(p, t),
            "mobilemoney" when input.Provider is { } p && input.Token is { } t => PaymentMethod.MobileMoney(p, t),
            _ => null,
        };
        if (payment is not { IsValid: true } || input?.Token is { Length: > 200 })
        {
            // Card data never reaches us: a card or mobile-money payment names the provider and its token only (R7).
            errors["paymentMethod"] = ["Use cash, or card / mobileMoney with the payment provider's name and token."];
            return null;
        }

        return payment;
    }

    public static Rejection? Errors(Dictionary<string, string[]> errors) =>
        errors.Count == 0 ? null : new Rejection(RejectionKind.Invalid, "validation", "Some fields are not valid.", errors);
}
