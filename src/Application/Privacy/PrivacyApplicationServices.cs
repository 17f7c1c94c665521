using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Upjunoo.Application.Common;
using Upjunoo.Application.Privacy.Ledger;
using Upjunoo.Application.Privacy.Requests;
using Upjunoo.Application.Trips;

namespace Upjunoo.Application.Privacy;

public static class PrivacyApplicationServices
{
    /// <summary>Rights requests, archives and the staff access log around trip reads (R20, R22).</summary>
    public static IServiceCollection AddUpjunooPrivacyApplication(this IServiceCollection services)
    {
        services.AddSingleton<AccountDeletion>();
        services.AddSingleton<PersonalArchiveBuilder>();
        services.AddSingleton<ArchiveRequestProcessor>();
        services.AddSingleton<IPipelineBehavior<GetTrip, Outcome<TripView>>, StaffTripAccessBehavior>();
        return services;
    }
}
