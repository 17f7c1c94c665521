using Upjunoo.Domain.Geo;

namespace Upjunoo.Domain.Location;

/// <summary>One entry of the nearby list: exactly the fields R13 lets a passenger see.</summary>
public sealed record NearbyDriver(
    string DriverId,
    string FirstName,
    PublicVehicle? Vehicle,
    double Rating,
    double DistanceM,
    int EtaSeconds,
    GeoPoint Position);
