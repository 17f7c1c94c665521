using Upjunoo.Domain.Location;

namespace Upjunoo.Domain.Tests.Location;

public sealed class EtaEstimatorSpec
{
    [Fact]
    public void Three_km_in_the_city_is_about_ten_minutes() =>
        Assert.InRange(EtaEstimator.Default.EtaSeconds(3000), 540, 600);

    [Fact]
    public void Zero_distance_is_zero_seconds() => Assert.Equal(0, EtaEstimator.Default.EtaSeconds(0));
}
