using Upjunoo.Application.Notifications;
using Upjunoo.Host.Contracts;

namespace Upjunoo.Host.Endpoints;

/// <summary>Development only (not mapped otherwise, so 404): what the system "sent".</summary>
public static class DevEndpoints
{
    public static RouteGroupBuilder MapDev(this RouteGroupBuilder api)
    {
        api.MapGet("/dev/outbox", (string? to, IDevOutbox outbox) =>
                TypedResults.Ok((to is null ? [] : outbox.To(to)).Select(m => new OutboxMessageView(
                    m.Message.Channel.ToString().ToLowerInvariant(), m.Message.To, m.Message.Subject, m.Message.Body,
                    m.Message.Purpose.ToString().ToLowerInvariant(), m.SentAt)).ToList()))
            .WithTags("Development")
            .WithSummary("Messages sent to a phone or e-mail address, newest first (Development only)");
        return api;
    }
}
