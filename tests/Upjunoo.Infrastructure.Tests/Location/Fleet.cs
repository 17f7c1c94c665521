using Upjunoo.Domain.Accounts;
using Upjunoo.Domain.Geo;
using Upjunoo.Domain.Location;

namespace Upjunoo.Infrastructure.Tests.Location;

/// <summary>Test data around Abidjan (Plateau).</summary>
internal static class Fleet
{
    public static readonly GeoPoint Plateau = new(5.33, -4.02);

    public static DriverCard Card(string firstName = "Awa", params string[] services) =>
        DriverCard.From(firstName, new PartnerProfile(PartnerKind.Driver, new Vehicle("Toyota", "Corolla", "AB-123-CI", "white"), services.Length == 0 ? ["car"] : services, true), 4.8);

    public static GeoPoint North(GeoPoint p, double metres) => p with { Lat = p.Lat + (metres / 111_195) };

    public static GeoPoint East(GeoPoint p, double metres) =>
        p with { Lng = p.Lng + (metres / (111_195 * Math.Cos(p.Lat * Math.PI / 180))) };

    public static LocationPing Ping(GeoPoint at, DateTimeOffset when) => new(at, when, 90, 8, 10);
}
