using Upjunoo.Domain.Accounts;
using Upjunoo.Domain.Common;
using Upjunoo.Domain.Countries;
using Upjunoo.Domain.Fares;
using Upjunoo.Domain.Geo;
using Upjunoo.Domain.Trips;
using static Upjunoo.Domain.Trips.TripEvent.V1;

namespace Upjunoo.Domain.Tests.Trips;

/// <summary>A trip in Abidjan at each step of its life, and helpers to read decisions.</summary>
internal static class TripFixture
{
    public static readonly DateTimeOffset T0 = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);
    public const string TripId = "trip-1";
    public const string RiderId = "rider-1";
    public const string DriverId = "driver-1";
    public const string OtherDriverId = "driver-2";

    public static readonly Party Rider = Party.Rider(RiderId);
    public static readonly Party OtherRider = Party.Rider("rider-2");
    public static readonly Party Driver = Party.Driver(DriverId);
    public static readonly Party OtherDriver = Party.Driver(OtherDriverId);
    public static readonly Party Support = Party.Support("agent-1");
    public static readonly Party SystemParty = Party.System;
    public static readonly Vehicle Car = new("Toyota", "Corolla", "AB-1234-CI", "white");

    public static readonly Place Pickup = new(new GeoPoint(5.3197, -4.0167), "Plateau, Avenue Chardy");
    public static readonly Place Dropoff = new(new GeoPoint(5.3600, -3.9700), "Cocody, Riviera 2");

    public static TripCommand.Request Request(string? chosenDriverId = null, CountryCode country = CountryCode.CI) =>
        new(TripId, RiderId, "Awa Koné", country, Pickup, Dropoff, ServiceType.Standard, PaymentMethod.Cash, chosenDriverId,
            FareCalculator.Estimate(country, ServiceType.Standard, 7_000, 1_200), T0);

    public static Requested Requested(string? chosenDriverId = null, CountryCode country = CountryCode.CI)
    {
        var r = Request(chosenDriverId, country);
        return new Requested(r.TripId, r.RiderId, "Awa Koné", r.Country, r.Pickup, r.Dropoff, r.Service, r.Payment, r.ChosenDriverId, r.FareEstimate, T0);
    }

    public static TripState Given(params TripEvent[] events) => events.Aggregate(Trip.Initial, Trip.Evolve);

    public static TripState Apply(TripState state, Decision<TripEvent> decision) => decision.Events.Aggregate(state, Trip.Evolve);

    public static DateTimeOffset Expiry => T0.AddSeconds(20);

    public static TripEvent[] RequestedEvents => [Requested()];

    public static TripEvent[] DispatchingEvents => [.. RequestedEvents, new DriverOffered(DriverId, Expiry, T0.AddSeconds(5))];

    public static TripEvent[] AssignedEvents => [.. DispatchingEvents, new DriverAssigned(DriverId, "Koffi", Car, T0.AddSeconds(10))];

    public static TripEvent[] ArrivedEvents => [.. AssignedEvents, new DriverArrived(T0.AddMinutes(6))];

    public static TripEvent[] InProgressEvents => [.. ArrivedEvents, new Started(T0.AddMinutes(8))];

    public static TripEvent[] CompletedEvents =>
        [.. InProgressEvents, new Completed(7_200, 1_260, FareCalculator.Price(CountryCode.CI, ServiceType.Standard, 7_200, 1_260), T0.AddMinutes(29))];

    public static TripEvent[] CancelledEvents => [.. RequestedEvents, new Cancelled(Rider, null, new Money(0, "XOF"), null, T0.AddMinutes(1))];

    public static TripEvent[] NoDriverFoundEvents => [.. RequestedEvents, new NoDriverFound(null, T0.AddMinutes(2))];

    public static TripState Requested0 => Given(RequestedEvents);

    public static TripState Dispatching => Given(DispatchingEvents);

    public static TripState Assigned => Given(AssignedEvents);

    public static TripState Arrived => Given(ArrivedEvents);

    public static TripState InProgress => Given(InProgressEvents);

    public static TripState Completed0 => Given(CompletedEvents);

    public static TripState Cancelled0 => Given(CancelledEvents);

    public static TripState NoDriverFound0 => Given(NoDriverFoundEvents);

    public static TripState StateIn(TripStatus status) => status switch
    {
        TripStatus.Requested => Requested0,
        TripStatus.Dispatching => Dispatching,
        TripStatus.DriverAssigned => Assigned,
        TripStatus.DriverArrived => Arrived,
        TripStatus.InProgress => InProgress,
        TripStatus.Completed => Completed0,
        TripStatus.Cancelled => Cancelled0,
        TripStatus.NoDriverFound => NoDriverFound0,
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static IReadOnlyList<TripEvent> Accepted(Decision<TripEvent> decision)
    {
        Assert.False(decision.IsRejected, decision.Rejection?.Code);
        Assert.NotEmpty(decision.Events);
        return decision.Events;
    }

    public static TEvent Single<TEvent>(Decision<TripEvent> decision)
    {
        Assert.False(decision.IsRejected, decision.Rejection?.Code);
        return Assert.IsType<TEvent>(Assert.Single(decision.Events));
    }

    public static void Nothing(Decision<TripEvent> decision)
    {
        Assert.False(decision.IsRejected, decision.Rejection?.Code);
        Assert.Empty(decision.Events);
    }

    public static void Rejected(Decision<TripEvent> decision, RejectionKind kind, string code)
    {
        Assert.True(decision.IsRejected, "expected a rejection");
        Assert.Equal(code, decision.Rejection!.Code);
        Assert.Equal(kind, decision.Rejection.Kind);
    }

    public static void Forbidden(Decision<TripEvent> decision) => Rejected(decision, RejectionKind.Forbidden, "trip.forbidden");

    public static void NotAllowed(Decision<TripEvent> decision) => Rejected(decision, RejectionKind.Conflict, "trip.not-allowed-in-state");
}
