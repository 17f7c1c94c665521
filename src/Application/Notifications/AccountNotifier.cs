using Upjunoo.Application.Common;
using Upjunoo.Application.Localization;

namespace Upjunoo.Application.Notifications;

/// <summary>
/// Sends a notification to an account (R11): into its in-app inbox and as a push to each of its devices, in its
/// language. Service messages always go; marketing only with consent (<see cref="IMarketingConsent"/>).
/// </summary>
public sealed class AccountNotifier(
    AccountGateway accounts, IInbox inbox, IPushTokens tokens, INotificationSender sender, IMarketingConsent consent, IIdGenerator ids, TimeProvider clock)
{
    /// <summary>A template of <see cref="Texts"/>: <c>{key}.title</c> and <c>{key}.body</c>.</summary>
    public Task<bool> Notify(string accountId, NotificationPurpose purpose, string key, object[] args, CancellationToken cancellationToken) =>
        Notify(accountId, purpose, language => (Texts.Get(key + ".title", language), Texts.Get(key + ".body", language, args)), cancellationToken);

    /// <summary>False when refused (marketing without consent) or when there is no such account.</summary>
    public async Task<bool> Notify(
        string accountId, NotificationPurpose purpose, Func<Domain.Identity.Language, (string Title, string Body)> text, CancellationToken cancellationToken)
    {
        if (purpose == NotificationPurpose.Marketing && !await consent.HasConsented(accountId, cancellationToken))
        {
            return false;
        }

        var account = await accounts.Get(accountId, cancellationToken);
        if (!account.IsRegistered)
        {
            return false;
        }

        var (title, body) = text(account.Language);
        await inbox.Add(accountId, new InboxItem(ids.NewId(), purpose.ToString().ToLowerInvariant(), title, body, clock.GetUtcNow(), null), cancellationToken);
        foreach (var token in await tokens.Of(accountId, cancellationToken))
        {
            await sender.Send(new OutgoingMessage(NotificationChannel.Push, token, title, body, purpose, accountId), cancellationToken);
        }

        return true;
    }
}
