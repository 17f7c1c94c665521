namespace Upjunoo.Host.Endpoints;

public static class EndpointConventions
{
    /// <summary>The problems every endpoint may answer, documented once.</summary>
    public static RouteHandlerBuilder WithCommonProblems(this RouteHandlerBuilder builder, params int[] statuses)
    {
        builder.ProducesProblem(StatusCodes.Status400BadRequest);
        foreach (var status in statuses)
        {
            builder.ProducesProblem(status);
        }

        return builder;
    }

    public static RouteHandlerBuilder WithAuthProblems(this RouteHandlerBuilder builder, params int[] statuses) =>
        builder.WithCommonProblems([StatusCodes.Status401Unauthorized, .. statuses]);
}
