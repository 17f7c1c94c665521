using Upjunoo.Application.Notifications;

namespace Upjunoo.Infrastructure.Safety;

/// <summary>The default until consent records exist (R14): no consent recorded, so marketing is refused.</summary>
public sealed class NoMarketingConsent : IMarketingConsent
{
    public Task<bool> HasConsented(string accountId, CancellationToken cancellationToken) => Task.FromResult(false);
}
