using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Upjunoo.Application.Auth;
using Upjunoo.Domain.Identity;
using Upjunoo.Infrastructure;
using Upjunoo.Infrastructure.Security;

namespace Upjunoo.Host.Auth;

public static class AuthSetup
{
    public const string OperatorPolicy = "operator";
    public const string DpoPolicy = "dpo";
    public const string PartnerPolicy = "partner";

    public static IServiceCollection AddUpjunooAuth(this IServiceCollection services, bool isDevelopment)
    {
        services.AddSingleton(sp =>
            new JwtKeys(KeyFile.LoadOrCreate(sp.GetRequiredService<IConfiguration>()["Upjunoo:Keys:Jwt"], DependencyInjection.DataDirectory(sp), "jwt")));
        services.AddSingleton<IAccessTokenIssuer, JwtAccessTokenIssuer>();
        services.AddSingleton(sp => AuthSettingsFrom(sp.GetRequiredService<IConfiguration>(), isDevelopment));

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<JwtKeys>((options, keys) =>
            {
                options.MapInboundClaims = false;
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = AccessTokenClaims.Issuer,
                    ValidAudience = AccessTokenClaims.Audience,
                    IssuerSigningKey = keys.SigningKey,
                    ClockSkew = TimeSpan.FromSeconds(30),
                    NameClaimType = AccessTokenClaims.Subject,
                    RoleClaimType = AccessTokenClaims.Role,
                };
                options.Events ??= new JwtBearerEvents();
                options.Events.OnTokenValidated = async context =>
                {
                    // A deleted (closed) account's token dies with the account, not when it expires.
                    var closed = context.HttpContext.RequestServices.GetRequiredService<Infrastructure.Privacy.Store.ClosedAccounts>();
                    if (context.Principal?.FindFirst(AccessTokenClaims.Subject)?.Value is { } subject
                        && await closed.IsClosed(subject, context.HttpContext.RequestAborted))
                    {
                        context.Fail("The account is closed.");
                    }
                };
            });
        services.AddAuthorizationBuilder()
            .AddPolicy(OperatorPolicy, p => p.RequireRole(RoleNames.Operator))
            .AddPolicy(DpoPolicy, p => p.RequireRole(RoleNames.Dpo))
            .AddPolicy(PartnerPolicy, p => p.RequireRole(RoleNames.Driver, RoleNames.Courier));
        return services;
    }

    private static AuthSettings AuthSettingsFrom(IConfiguration configuration, bool isDevelopment)
    {
        var settings = new AuthSettings { AutoApprovePartners = isDevelopment };
        configuration.GetSection("Auth").Bind(settings);
        var admins = configuration.GetSection("Upjunoo:Admins");
        var phones = admins.Value is { } csv ? csv.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : admins.GetChildren().Select(c => c.Value ?? "");
        foreach (var phone in phones)
        {
            if (Application.Accounts.PhoneNumbers.ToE164(phone) is { } e164)
            {
                settings.AdminPhones.Add(e164);
            }
        }

        return settings;
    }
}
