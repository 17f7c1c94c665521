namespace Upjunoo.Domain.Location;

/// <summary>What a passenger may see of a vehicle (R13): no plate until a trip is matched.</summary>
public sealed record PublicVehicle(string Make, string Model, string Color);
