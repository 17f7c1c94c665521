using Mediator;
using Upjunoo.Application.Common;
using Upjunoo.Domain.Accounts;
using Upjunoo.Domain.Common;
using Upjunoo.Domain.Identity;

namespace Upjunoo.Application.Accounts;

/// <summary>An operator grants a role (staff roles included) to an account (R2).</summary>
public sealed record GrantRole(Caller Caller, string AccountId, string? Role) : IRequest<Outcome<IReadOnlyList<string>>>;

public sealed class GrantRoleHandler(AccountGateway accounts, TimeProvider clock) : IRequestHandler<GrantRole, Outcome<IReadOnlyList<string>>>
{
    public async ValueTask<Outcome<IReadOnlyList<string>>> Handle(GrantRole request, CancellationToken cancellationToken)
    {
        if (!request.Caller.Has(Role.Operator))
        {
            return Rejection.Forbidden("account.operator-only", "Only an operator grants roles.");
        }

        if (!RoleNames.TryParse(request.Role, out var role))
        {
            return Rejection.Invalid("account.invalid-role", "Unknown role.", "role");
        }

        var reply = await accounts.Send(request.AccountId, new AccountCommand.GrantRole(role, request.Caller.AccountId, clock.GetUtcNow()), cancellationToken);
        return reply.Rejection is { } rejection
            ? rejection
            : Outcome<IReadOnlyList<string>>.Ok([.. reply.State.Roles.Select(RoleNames.Of)]);
    }
}
