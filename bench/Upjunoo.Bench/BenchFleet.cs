using Upjunoo.Domain.Accounts;
using Upjunoo.Domain.Geo;
using Upjunoo.Domain.Location;
using Upjunoo.Infrastructure.Location;

namespace Upjunoo.Bench;

/// <summary>
/// A synthetic fleet spread uniformly over a 12 km disk around Abidjan (5.33, -4.02), each driver moving
/// straight at 10 m/s in its own direction, so consecutive pings always pass the speed check.
/// </summary>
internal sealed class BenchFleet
{
    public static readonly GeoPoint Abidjan = new(5.33, -4.02);
    private const double CityRadiusM = 12_000;
    private const double MetresPerDegree = 111_195;
    private readonly double[] _lat, _lng, _dLat, _dLng;

    public BenchFleet(int drivers, int seed = 42)
    {
        var random = new Random(seed);
        Ids = new string[drivers];
        Cards = new DriverCard[drivers];
        _lat = new double[drivers];
        _lng = new double[drivers];
        _dLat = new double[drivers];
        _dLng = new double[drivers];
        var cosLat = Math.Cos(Abidjan.Lat * Math.PI / 180);
        string[][] services = [["car"], ["car", "comfort"], ["moto"], ["delivery"]];
        for (var i = 0; i < drivers; i++)
        {
            Ids[i] = "drv-" + i;
            Cards[i] = new DriverCard("Driver" + (i % 97), new PublicVehicle("Toyota", "Corolla", "white"), 4 + (random.NextDouble() * 1), services[i % services.Length], i % 4 == 3 ? PartnerKind.Courier : PartnerKind.Driver);
            var r = CityRadiusM * Math.Sqrt(random.NextDouble());
            var a = random.NextDouble() * 2 * Math.PI;
            _lat[i] = Abidjan.Lat + (r * Math.Sin(a) / MetresPerDegree);
            _lng[i] = Abidjan.Lng + (r * Math.Cos(a) / (MetresPerDegree * cosLat));
            var heading = random.NextDouble() * 2 * Math.PI;
            _dLat[i] = 10 * Math.Sin(heading) / MetresPerDegree;
            _dLng[i] = 10 * Math.Cos(heading) / (MetresPerDegree * cosLat);
        }
    }

    public string[] Ids { get; }

    public DriverCard[] Cards { get; }

    public int Count => Ids.Length;

    /// <summary>Where driver <paramref name="i"/> is <paramref name="seconds"/> after the start (bouncing inside ±3 km).</summary>
    public GeoPoint Position(int i, double seconds)
    {
        var t = seconds % 600;
        var leg = t < 300 ? t : 600 - t;
        return new GeoPoint(_lat[i] + (_dLat[i] * leg), _lng[i] + (_dLng[i] * leg));
    }

    public LocationPing Ping(int i, double seconds, DateTimeOffset at) => new(Position(i, seconds), at, 90, 10, 8);

    public PingEnvelope Envelope(int i, double seconds, DateTimeOffset at, int precision)
    {
        var ping = Ping(i, seconds, at);
        return new PingEnvelope(Ids[i], Cards[i], ping, at, Geohash.Encode(ping.Position, precision), 1, 0);
    }

    public GeoPoint RandomCenter(Random random)
    {
        var r = 8_000 * Math.Sqrt(random.NextDouble());
        var a = random.NextDouble() * 2 * Math.PI;
        return new GeoPoint(Abidjan.Lat + (r * Math.Sin(a) / MetresPerDegree), Abidjan.Lng + (r * Math.Cos(a) / (MetresPerDegree * Math.Cos(Abidjan.Lat * Math.PI / 180))));
    }
}
