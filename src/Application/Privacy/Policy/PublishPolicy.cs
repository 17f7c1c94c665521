using Mediator;
using Upjunoo.Application.Accounts;
using Upjunoo.Application.Common;
using Upjunoo.Application.Localization;
using Upjunoo.Application.Notifications;
using Upjunoo.Domain.Common;
using Upjunoo.Domain.Identity;

namespace Upjunoo.Application.Privacy.Policy;

/// <summary>
/// The DPO publishes a new version; every open account is told by SMS (and e-mail when known) in its own language, and
/// each notice is recorded (R21). Policy updates are always sent: they are not marketing.
/// </summary>
public sealed record PublishPolicy(Caller Caller, string? TextFr, string? TextEn) : IRequest<Outcome<PolicyPublishedView>>;

public sealed class PublishPolicyHandler(
    IPolicyVersions policies, IPolicyNotices notices, IAccountDirectory directory, AccountGateway accounts,
    INotificationSender notifications, TimeProvider clock) : IRequestHandler<PublishPolicy, Outcome<PolicyPublishedView>>
{
    private const int MaxTextLength = 100_000;

    public async ValueTask<Outcome<PolicyPublishedView>> Handle(PublishPolicy request, CancellationToken cancellationToken)
    {
        if (!request.Caller.Has(Role.Dpo))
        {
            return Rejection.Forbidden("privacy.dpo-only", "Only the data-protection officer publishes the policy.");
        }

        if (string.IsNullOrWhiteSpace(request.TextFr) || string.IsNullOrWhiteSpace(request.TextEn)
            || request.TextFr.Length > MaxTextLength || request.TextEn.Length > MaxTextLength)
        {
            return Rejection.Invalid("policy.text-required", "The policy needs its text in French and in English.", "textFr");
        }

        var version = await policies.Publish(request.TextFr, request.TextEn, request.Caller.AccountId, clock.GetUtcNow(), cancellationToken);
        var (people, messages) = (0, 0);
        foreach (var entry in await directory.Open(cancellationToken))
        {
            var sent = await Notify(entry.AccountId, version, cancellationToken);
            people += sent > 0 ? 1 : 0;
            messages += sent;
        }

        return new PolicyPublishedView(version.Version, version.PublishedAt, people, messages);
    }

    private async Task<int> Notify(string accountId, PolicyVersion version, CancellationToken cancellationToken)
    {
        var account = await accounts.Get(accountId, cancellationToken);
        if (!account.IsRegistered || account.IsClosed)
        {
            return 0;
        }

        var date = version.PublishedAt.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture);
        var body = Texts.Get("policy.updated.body", account.Language, version.Version, date);
        var sent = 0;
        foreach (var (channel, address) in new[] { (NotificationChannel.Sms, account.Phone), (NotificationChannel.Email, account.Email) })
        {
            if (string.IsNullOrEmpty(address) || Domain.Privacy.Erased.Is(address))
            {
                continue;
            }

            var subject = channel == NotificationChannel.Email ? Texts.Get("policy.updated.subject", account.Language) : null;
            await notifications.Send(new OutgoingMessage(channel, address, subject, body, NotificationPurpose.PolicyUpdate, accountId), cancellationToken);
            await notices.Record(version.Version, accountId, channel.ToString().ToLowerInvariant(), clock.GetUtcNow(), cancellationToken);
            sent++;
        }

        return sent;
    }
}
