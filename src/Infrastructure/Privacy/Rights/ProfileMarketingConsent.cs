using Upjunoo.Application.Notifications;
using Upjunoo.Domain.Privacy.Consents;

namespace Upjunoo.Infrastructure.Privacy.Rights;

/// <summary>Marketing consent as recorded on the person's privacy profile (R14), also false while processing is restricted.</summary>
public sealed class ProfileMarketingConsent(PrivacyProfileGateway profiles) : IMarketingConsent
{
    public async Task<bool> HasConsented(string accountId, CancellationToken cancellationToken) =>
        (await profiles.Get(accountId, cancellationToken)).Allows(ConsentPurpose.Marketing);
}
