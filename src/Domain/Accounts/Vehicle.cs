using Upjunoo.Domain.Privacy;

namespace Upjunoo.Domain.Accounts;

public sealed record Vehicle(
    string Make,
    string Model,
    [property: Personal(DataCategory.Identity)] string Plate,
    string Color);
