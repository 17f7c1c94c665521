using Mediator;
using Upjunoo.Application.Common;
using Upjunoo.Domain.Common;

namespace Upjunoo.Application.Notifications;

/// <summary>My in-app notifications, newest first.</summary>
public sealed record GetMyNotifications(Caller Caller, int? Limit) : IRequest<Outcome<IReadOnlyList<InboxItem>>>;

public sealed class GetMyNotificationsHandler(IInbox inbox) : IRequestHandler<GetMyNotifications, Outcome<IReadOnlyList<InboxItem>>>
{
    public async ValueTask<Outcome<IReadOnlyList<InboxItem>>> Handle(GetMyNotifications request, CancellationToken cancellationToken) =>
        Outcome<IReadOnlyList<InboxItem>>.Ok(await inbox.Of(request.Caller.AccountId, Math.Clamp(request.Limit ?? 50, 1, 200), cancellationToken));
}

public sealed record MarkNotificationRead(Caller Caller, string NotificationId) : IRequest<Outcome<bool>>;

public sealed class MarkNotificationReadHandler(IInbox inbox, TimeProvider clock) : IRequestHandler<MarkNotificationRead, Outcome<bool>>
{
    public async ValueTask<Outcome<bool>> Handle(MarkNotificationRead request, CancellationToken cancellationToken) =>
        await inbox.MarkRead(request.Caller.AccountId, request.NotificationId, clock.GetUtcNow(), cancellationToken)
            ? true
            : Rejection.NotFound("notification.not-found", "No such notification.");
}
