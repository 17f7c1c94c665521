using Microsoft.AspNetCore.Diagnostics;
using Upjunoo.Application.Localization;
using Upjunoo.Host.Localization;

namespace Upjunoo.Host.Problems;

public static class ProblemSetup
{
    /// <summary>Every error is a problem document: our rejections, framework 400/401/403/404/405, and unexpected failures.</summary>
    public static IServiceCollection AddUpjunooProblems(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var details = context.ProblemDetails;
            var status = details.Status ?? context.HttpContext.Response.StatusCode;
            var language = RequestLanguage.Of(context.HttpContext);
            if (details.Type is null || !details.Type.StartsWith(ProblemTypes.Base, StringComparison.Ordinal))
            {
                details.Type = ProblemTypes.ForStatus(status);
                details.Title = ProblemTitles.ForStatus(status, language);
            }

            details.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
        });
        services.AddExceptionHandler<UnavailableExceptionHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = false);
        return services;
    }
}
