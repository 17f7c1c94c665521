using Upjunoo.Domain.Countries;
using Upjunoo.Domain.Fares;

namespace Upjunoo.Domain.Tests.Fares;

public class CancellationPolicySpec
{
    private static readonly DateTimeOffset AssignedAt = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(CountryCode.CA)]
    [InlineData(CountryCode.CI)]
    [InlineData(CountryCode.CD)]
    public void Given_no_driver_assigned_When_the_rider_cancels_Then_it_is_free(CountryCode country)
    {
        Assert.Equal(0, CancellationPolicy.For(country).RiderFee(null, false, AssignedAt.AddHours(1)).Amount);
    }

    [Theory]
    [InlineData(CountryCode.CA, 90, 0)]
    [InlineData(CountryCode.CA, 180, 500)]
    [InlineData(CountryCode.CI, 90, 0)]
    [InlineData(CountryCode.CI, 180, 500)]
    [InlineData(CountryCode.CD, 150, 0)]
    [InlineData(CountryCode.CD, 240, 200_000)]
    public void Given_a_driver_assigned_When_the_rider_cancels_after_some_seconds_Then_the_late_fee_applies_only_after_the_free_window(
        CountryCode country, int secondsAfterAssignment, long expectedFee)
    {
        var fee = CancellationPolicy.For(country).RiderFee(AssignedAt, false, AssignedAt.AddSeconds(secondsAfterAssignment));

        Assert.Equal(expectedFee, fee.Amount);
    }

    [Theory]
    [InlineData(CountryCode.CA, 700, "CAD")]
    [InlineData(CountryCode.CI, 1_000, "XOF")]
    [InlineData(CountryCode.CD, 300_000, "CDF")]
    public void Given_the_driver_has_arrived_When_the_rider_cancels_Then_the_arrived_fee_applies_even_within_the_window(
        CountryCode country, long expectedFee, string currency)
    {
        var fee = CancellationPolicy.For(country).RiderFee(AssignedAt, true, AssignedAt.AddSeconds(30));

        Assert.Equal(new Money(expectedFee, currency), fee);
    }

    [Fact]
    public void Given_the_fees_When_listed_Then_each_is_a_roundable_amount_of_its_currency()
    {
        Assert.All(CancellationPolicy.All, p =>
        {
            Assert.Equal(0, p.LateFee % MoneyRounding.StepOf(p.Currency));
            Assert.Equal(0, p.ArrivedFee % MoneyRounding.StepOf(p.Currency));
        });
    }
}
