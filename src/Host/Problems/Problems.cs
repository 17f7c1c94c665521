using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Upjunoo.Application.Localization;
using Upjunoo.Domain.Common;
using Upjunoo.Domain.Identity;

namespace Upjunoo.Host.Problems;

/// <summary>Turns a domain or application rejection into an RFC 9457 problem in the caller's language.</summary>
public static class Problems
{
    public static int StatusOf(RejectionKind kind) => kind switch
    {
        RejectionKind.Invalid => StatusCodes.Status422UnprocessableEntity,
        RejectionKind.Unauthorized => StatusCodes.Status401Unauthorized,
        RejectionKind.Forbidden => StatusCodes.Status403Forbidden,
        RejectionKind.NotFound => StatusCodes.Status404NotFound,
        RejectionKind.Conflict => StatusCodes.Status409Conflict,
        RejectionKind.TooManyRequests => StatusCodes.Status429TooManyRequests,
        RejectionKind.PayloadTooLarge => StatusCodes.Status413PayloadTooLarge,
        RejectionKind.UnsupportedMediaType => StatusCodes.Status415UnsupportedMediaType,
        _ => StatusCodes.Status400BadRequest,
    };

    public static ProblemHttpResult From(Rejection rejection, Language language)
    {
        var status = StatusOf(rejection.Kind);
        ProblemDetails details = rejection.Errors is { Count: > 0 } errors
            ? new HttpValidationProblemDetails(errors.ToDictionary(e => e.Key, e => e.Value))
            : new ProblemDetails();
        details.Status = status;
        details.Type = ProblemTypes.Of(rejection.Code);
        details.Title = ProblemTitles.For(rejection.Kind, language);
        details.Detail = rejection.Detail;
        details.Extensions["code"] = rejection.Code;
        return TypedResults.Problem(details);
    }
}
