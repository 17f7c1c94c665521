namespace Upjunoo.Domain.Identity;

public static class RoleNames
{
    public const string Customer = "customer";
    public const string Driver = "driver";
    public const string Courier = "courier";
    public const string Store = "store";
    public const string Support = "support";
    public const string Operator = "operator";
    public const string Dpo = "dpo";

    public static string Of(Role role) => role switch
    {
        Role.Customer => Customer,
        Role.Driver => Driver,
        Role.Courier => Courier,
        Role.Store => Store,
        Role.Support => Support,
        Role.Operator => Operator,
        Role.Dpo => Dpo,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    public static bool TryParse(string? name, out Role role)
    {
        foreach (var candidate in Enum.GetValues<Role>())
        {
            if (string.Equals(Of(candidate), name, StringComparison.OrdinalIgnoreCase))
            {
                role = candidate;
                return true;
            }
        }

        role = default;
        return false;
    }
}
