using Microsoft.Extensions.Logging;
using Upjunoo.Application.Notifications;

namespace Upjunoo.Infrastructure.Notifications;

/// <summary>
/// Production placeholder until an SMS / e-mail / push provider is contracted: logs that a message left, never its
/// content or full address (a code in a log would defeat the code).
/// </summary>
public sealed class LoggingNotificationSender(ILogger<LoggingNotificationSender> logger) : INotificationDelivery
{
    public Task Send(OutgoingMessage message, CancellationToken cancellationToken)
    {
        logger.LogInformation("{Channel} {Purpose} message to …{Tail}", message.Channel, message.Purpose, Tail(message.To));
        return Task.CompletedTask;
    }

    private static string Tail(string address) => address.Length <= 3 ? "" : address[^3..];
}
