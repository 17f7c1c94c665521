namespace Upjunoo.Simulator.Population;

public enum PersonKind
{
    Driver,
    Courier,
    Rider,
    Customer,
    StoreOwner,
}

public sealed record VehicleInfo(string Make, string Model, string Plate, string Color);

/// <summary>A synthetic person: who they are, where they start, what they drive.</summary>
public sealed record Person(
    int Index, PersonKind Kind, City City, string FirstName, string LastName, string Phone, string Email, GeoPoint Start,
    VehicleInfo? Vehicle, IReadOnlyList<string> Services, string DeviceId, string DeviceModel, string DeviceOs)
{
    public string Name => $"{FirstName} {LastName}";
}
