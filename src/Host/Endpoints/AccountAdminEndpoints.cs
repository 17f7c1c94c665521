using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Upjunoo.Application.Accounts;
using Upjunoo.Host.Auth;
using Upjunoo.Host.Contracts;

namespace Upjunoo.Host.Endpoints;

/// <summary>Staff management of accounts (operator role).</summary>
public static class AccountAdminEndpoints
{
    public static RouteGroupBuilder MapAccountAdmin(this RouteGroupBuilder api)
    {
        var accounts = api.MapGroup("/accounts").WithTags("Auth and accounts").RequireAuthorization(AuthSetup.OperatorPolicy);

        accounts.MapPost("/{accountId}/roles", async Task<Results<Ok<RolesView>, ProblemHttpResult>> (
                string accountId, GrantRoleBody body, IMediator mediator, HttpContext context) =>
            (await mediator.Send(new GrantRole(context.Caller(), accountId, body.Role), context.RequestAborted))
                .To(context, roles => TypedResults.Ok(new RolesView(roles))))
            .WithSummary("Grant a role to an account (operator)")
            .WithAuthProblems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity);
        return api;
    }
}
