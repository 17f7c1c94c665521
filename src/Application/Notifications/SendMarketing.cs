using Mediator;
using Upjunoo.Application.Common;
using Upjunoo.Domain.Common;
using Upjunoo.Domain.Identity;

namespace Upjunoo.Application.Notifications;

/// <summary>An operator sends a marketing message (written in French and English) to accounts; only those who consented get it (R11, R14).</summary>
public sealed record SendMarketing(Caller Caller, IReadOnlyList<string>? AccountIds, string? TitleFr, string? TitleEn, string? BodyFr, string? BodyEn)
    : IRequest<Outcome<MarketingResult>>;

public sealed record MarketingResult(int Sent, int Refused);

public sealed class SendMarketingHandler(AccountNotifier notifier) : IRequestHandler<SendMarketing, Outcome<MarketingResult>>
{
    public async ValueTask<Outcome<MarketingResult>> Handle(SendMarketing request, CancellationToken cancellationToken)
    {
        if (!request.Caller.Has(Role.Operator))
        {
            return Rejection.Forbidden("notification.operators-only", "Only operators send marketing messages.");
        }

        if (request.AccountIds is not { Count: > 0 and <= 1000 } ids || ids.Any(id => !Ids.LooksValid(id))
            || new[] { request.TitleFr, request.TitleEn, request.BodyFr, request.BodyEn }.Any(string.IsNullOrWhiteSpace))
        {
            return Rejection.Invalid("notification.invalid-marketing", "1 to 1000 account ids, and a title and a body in French and English.");
        }

        var sent = 0;
        foreach (var id in ids.Distinct())
        {
            sent += await notifier.Notify(id, NotificationPurpose.Marketing,
                language => language == Language.Fr ? (request.TitleFr!, request.BodyFr!) : (request.TitleEn!, request.BodyEn!), cancellationToken) ? 1 : 0;
        }

        return new MarketingResult(sent, ids.Distinct().Count() - sent);
    }
}
