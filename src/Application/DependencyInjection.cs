using Microsoft.Extensions.DependencyInjection;
using Upjunoo.Application.Auth;
using Upjunoo.Application.Common;
using Upjunoo.Application.Privacy;

namespace Upjunoo.Application;

public static class DependencyInjection
{
    /// <summary>Application services (handlers are registered by the Mediator source generator in the host).</summary>
    public static IServiceCollection AddUpjunooApplication(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IIdGenerator, RandomIdGenerator>();
        services.AddSingleton<SessionIssuer>();
        services.AddSingleton<Drivers.DriverCards>();
        services.AddSingleton<Addresses.AddressUses>();
        Safety.SafetyServices.AddUpjunooSafety(services);
        services.AddUpjunooPrivacyApplication();
        return services;
    }
}
