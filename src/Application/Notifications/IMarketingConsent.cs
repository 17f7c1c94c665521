namespace Upjunoo.Application.Notifications;

/// <summary>
/// Whether a person agreed to marketing messages (R11, R14). The consent feature provides the real adapter; until then
/// the default answers "no consent recorded", so marketing is refused.
/// </summary>
public interface IMarketingConsent
{
    Task<bool> HasConsented(string accountId, CancellationToken cancellationToken);
}
