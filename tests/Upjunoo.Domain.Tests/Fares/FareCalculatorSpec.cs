using Upjunoo.Domain.Countries;
using Upjunoo.Domain.Fares;

namespace Upjunoo.Domain.Tests.Fares;

public class FareCalculatorSpec
{
    [Fact]
    public void Given_a_5_km_10_min_standard_ride_in_Canada_When_estimated_Then_it_is_priced_to_the_cent_in_CAD()
    {
        var fare = FareCalculator.Estimate(CountryCode.CA, ServiceType.Standard, 5_000, 600);

        Assert.Equal(new Money(350 + 475 + 350, "CAD"), fare);
    }

    [Fact]
    public void Given_a_distance_giving_a_fraction_of_a_cent_When_priced_in_Canada_Then_the_line_is_rounded_to_the_cent()
    {
        var fare = FareCalculator.Price(CountryCode.CA, ServiceType.Standard, 1_234, 600);

        Assert.Equal(117, fare.Distance.Amount); // 95 × 1.234 = 117.23
        Assert.Equal(fare.Base.Amount + fare.Distance.Amount + fare.Time.Amount + fare.MinimumTopUp.Amount, fare.Total.Amount);
    }

    [Fact]
    public void Given_a_very_short_ride_When_priced_Then_it_is_lifted_to_the_minimum_fare()
    {
        var fare = FareCalculator.Price(CountryCode.CA, ServiceType.Standard, 500, 60);

        Assert.Equal(800, fare.Total.Amount);
        Assert.Equal(800 - 350 - 48 - 35, fare.MinimumTopUp.Amount);
    }

    [Fact]
    public void Given_a_ride_in_Cote_d_Ivoire_When_priced_Then_every_line_is_a_multiple_of_25_XOF()
    {
        var fare = FareCalculator.Price(CountryCode.CI, ServiceType.Standard, 4_070, 90);

        Assert.Equal("XOF", fare.Total.Currency);
        Assert.Equal(1_025, fare.Distance.Amount); // 250 × 4.07 = 1017.5 → 1025
        Assert.Equal(50, fare.Time.Amount);        // 25 × 1.5 = 37.5 → 50
        Assert.Equal(1_575, fare.Total.Amount);
        Assert.All([fare.Base, fare.Distance, fare.Time, fare.MinimumTopUp, fare.Total], m => Assert.Equal(0, m.Amount % 25));
    }

    [Fact]
    public void Given_a_ride_in_RD_Congo_When_priced_Then_it_is_rounded_to_whole_francs()
    {
        var fare = FareCalculator.Price(CountryCode.CD, ServiceType.Standard, 2_005, 300);

        Assert.Equal("CDF", fare.Total.Currency);
        Assert.Equal(300_800, fare.Distance.Amount); // 1500 FC × 2.005 = 3007.5 FC → 3008 FC
        Assert.Equal(550_800, fare.Total.Amount);
        Assert.Equal(0, fare.Total.Amount % 100);
    }

    [Theory]
    [InlineData(CountryCode.CA, "CAD")]
    [InlineData(CountryCode.CI, "XOF")]
    [InlineData(CountryCode.CD, "CDF")]
    public void Given_every_service_When_priced_in_a_country_Then_the_fare_is_in_its_currency_and_at_least_the_minimum(
        CountryCode country, string currency)
    {
        foreach (var service in Enum.GetValues<ServiceType>())
        {
            var fare = FareCalculator.Estimate(country, service, 0, 0);

            Assert.Equal(currency, fare.Currency);
            Assert.Equal(Tariffs.For(country, service).MinimumFare, fare.Amount);
        }
    }

    [Fact]
    public void Given_a_comfort_ride_When_compared_with_standard_Then_it_costs_more()
    {
        Assert.True(FareCalculator.Estimate(CountryCode.CI, ServiceType.Comfort, 8_000, 1_200).Amount
                    > FareCalculator.Estimate(CountryCode.CI, ServiceType.Standard, 8_000, 1_200).Amount);
    }

    [Fact]
    public void Given_a_negative_distance_When_priced_Then_it_throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FareCalculator.Estimate(CountryCode.CA, ServiceType.Standard, -1, 0));
    }
}
