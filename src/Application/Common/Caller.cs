using Upjunoo.Domain.Identity;

namespace Upjunoo.Application.Common;

/// <summary>The authenticated person making a request, as the access token says.</summary>
public sealed record Caller(string AccountId, IReadOnlyList<Role> Roles, Language Language)
{
    public bool Has(Role role) => Roles.Contains(role);

    public bool IsStaff => Has(Role.Support) || Has(Role.Operator) || Has(Role.Dpo);
}
