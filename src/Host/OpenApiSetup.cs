using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace Upjunoo.Host;

public static class OpenApiSetup
{
    public static IServiceCollection AddUpjunooOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "Upjunoo API",
                Version = "v1",
                Description = "Ride-hailing and delivery backend (Canada, Côte d'Ivoire, DR Congo). Errors are RFC 9457 problems "
                    + "whose `type` is https://upjunoo.app/problems/{code}; texts follow Accept-Language (fr, en).",
            };
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes["bearer"] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "Access token from /api/v1/auth/verify or /api/v1/auth/refresh.",
            };
            return Task.CompletedTask;
        }));

    public static WebApplication MapUpjunooOpenApi(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/docs", options => options.WithTitle("Upjunoo API").WithOpenApiRoutePattern("/openapi/{documentName}.json"));
        return app;
    }
}
