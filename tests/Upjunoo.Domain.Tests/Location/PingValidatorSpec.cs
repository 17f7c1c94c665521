using Upjunoo.Domain.Geo;
using Upjunoo.Domain.Location;

namespace Upjunoo.Domain.Tests.Location;

public sealed class PingValidatorSpec
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);
    private static readonly GeoPoint Abidjan = new(5.33, -4.02);

    [Theory]
    [InlineData(double.NaN, -4.02)]
    [InlineData(5.33, double.PositiveInfinity)]
    [InlineData(90.1, 0)]
    [InlineData(0, -180.5)]
    public void Given_bad_coordinates_Then_invalid_coordinates(double lat, double lng) =>
        Assert.Equal(PingRejectionReason.InvalidCoordinates, PingValidator.Validate(new LocationPing(new GeoPoint(lat, lng), Now), null, Now).Reason);

    [Fact]
    public void Given_a_ping_31_s_ahead_Then_timestamp_in_future()
    {
        Assert.Equal(PingRejectionReason.TimestampInFuture, Verdict(new LocationPing(Abidjan, Now.AddSeconds(31))).Reason);
        Assert.True(Verdict(new LocationPing(Abidjan, Now.AddSeconds(30))).IsAccepted);
    }

    [Fact]
    public void Given_a_ping_older_than_2_min_Then_timestamp_too_old()
    {
        Assert.Equal(PingRejectionReason.TimestampTooOld, Verdict(new LocationPing(Abidjan, Now.AddSeconds(-121))).Reason);
        Assert.True(Verdict(new LocationPing(Abidjan, Now.AddSeconds(-120))).IsAccepted);
    }

    [Theory]
    [InlineData(100.5)]
    [InlineData(double.NaN)]
    [InlineData(-1)]
    public void Given_poor_accuracy_Then_accuracy_too_low(double accuracyM) =>
        Assert.Equal(PingRejectionReason.AccuracyTooLow, Verdict(new LocationPing(Abidjan, Now, AccuracyM: accuracyM)).Reason);

    [Fact]
    public void Given_a_jump_of_1_km_in_10_s_Then_impossible_speed_with_the_implied_speed()
    {
        var previous = new LocationPing(Abidjan, Now.AddSeconds(-10));
        var verdict = PingValidator.Validate(new LocationPing(Offset(Abidjan, 1000), Now), previous, Now);
        Assert.Equal(PingRejectionReason.ImpossibleSpeed, verdict.Reason);
        Assert.InRange(verdict.ImpliedSpeedMps!.Value, 99, 101);
        Assert.True(verdict.Reason!.Value.IsFraudSignal());
    }

    [Fact]
    public void Given_a_car_at_60_kmh_Then_accepted()
    {
        var previous = new LocationPing(Abidjan, Now.AddSeconds(-10));
        Assert.True(PingValidator.Validate(new LocationPing(Offset(Abidjan, 170), Now), previous, Now).IsAccepted);
    }

    [Fact]
    public void Given_two_fixes_in_the_same_second_with_jitter_Then_accepted()
    {
        var previous = new LocationPing(Abidjan, Now, AccuracyM: 15);
        Assert.True(PingValidator.Validate(new LocationPing(Offset(Abidjan, 40), Now, AccuracyM: 15), previous, Now).IsAccepted);
    }

    [Fact]
    public void Wire_names_are_stable()
    {
        Assert.Equal(
            ["invalid-coordinates", "timestamp-in-future", "timestamp-too-old", "accuracy-too-low", "impossible-speed"],
            Enum.GetValues<PingRejectionReason>().Select(r => r.WireName()));
    }

    private static PingVerdict Verdict(LocationPing ping) => PingValidator.Validate(ping, null, Now);

    private static GeoPoint Offset(GeoPoint p, double northM) => p with { Lat = p.Lat + (northM / 111_195) };
}
