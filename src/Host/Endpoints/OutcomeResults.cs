using Microsoft.AspNetCore.Http.HttpResults;
using Upjunoo.Application.Common;
using Upjunoo.Host.Localization;

namespace Upjunoo.Host.Endpoints;

public static class OutcomeResults
{
    public static Results<Ok<T>, ProblemHttpResult> ToOk<T>(this Outcome<T> outcome, HttpContext context) =>
        outcome.Rejection is { } rejection
            ? Problems.Problems.From(rejection, RequestLanguage.Of(context))
            : TypedResults.Ok(outcome.Value!);

    public static Results<TResult, ProblemHttpResult> To<T, TResult>(this Outcome<T> outcome, HttpContext context, Func<T, TResult> onSuccess)
        where TResult : IResult =>
        outcome.Rejection is { } rejection
            ? Problems.Problems.From(rejection, RequestLanguage.Of(context))
            : onSuccess(outcome.Value!);
}
