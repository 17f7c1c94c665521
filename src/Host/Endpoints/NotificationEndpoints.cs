using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Upjunoo.Application.Notifications;
using Upjunoo.Host.Auth;
using Upjunoo.Host.Contracts;

namespace Upjunoo.Host.Endpoints;

/// <summary>In-app notifications, push tokens and marketing messages (R11).</summary>
public static class NotificationEndpoints
{
    public static RouteGroupBuilder MapNotifications(this RouteGroupBuilder api)
    {
        var me = api.MapGroup("/me").WithTags("Notifications").RequireAuthorization();

        me.MapGet("/notifications", async Task<Results<Ok<IReadOnlyList<InboxItem>>, ProblemHttpResult>> (int? limit, IMediator mediator, HttpContext context) =>
            (await mediator.Send(new GetMyNotifications(context.Caller(), limit), context.RequestAborted)).ToOk(context))
            .WithSummary("My notifications, newest first, with read flags")
            .WithAuthProblems();

        me.MapPost("/notifications/{notificationId}/read", async Task<Results<NoContent, ProblemHttpResult>> (string notificationId, IMediator mediator, HttpContext context) =>
            (await mediator.Send(new MarkNotificationRead(context.Caller(), notificationId), context.RequestAborted)).To(context, _ => TypedResults.NoContent()))
            .WithSummary("Mark a notification read")
            .WithAuthProblems(StatusCodes.Status404NotFound);

        me.MapPost("/push-tokens", async Task<Results<NoContent, ProblemHttpResult>> (PushTokenBody body, IMediator mediator, HttpContext context) =>
            (await mediator.Send(new RegisterPushToken(context.Caller(), body.DeviceId, body.Token), context.RequestAborted)).To(context, _ => TypedResults.NoContent()))
            .WithSummary("Register this device's push token (replaces the device's previous one)")
            .WithAuthProblems(StatusCodes.Status422UnprocessableEntity);

        me.MapDelete("/push-tokens", async Task<Results<NoContent, ProblemHttpResult>> (string? token, IMediator mediator, HttpContext context) =>
            (await mediator.Send(new RemovePushToken(context.Caller(), token), context.RequestAborted)).To(context, _ => TypedResults.NoContent()))
            .WithSummary("Forget a push token (?token=)")
            .WithAuthProblems(StatusCodes.Status404NotFound);

        api.MapPost("/notifications/marketing", async Task<Results<Ok<MarketingResult>, ProblemHttpResult>> (MarketingBody body, IMediator mediator, HttpContext context) =>
            (await mediator.Send(new SendMarketing(context.Caller(), body.AccountIds, body.TitleFr, body.TitleEn, body.BodyFr, body.BodyEn), context.RequestAborted)).ToOk(context))
            .RequireAuthorization()
            .WithTags("Notifications")
            .WithSummary("Operators: a marketing message, delivered only to accounts that consented")
            .WithAuthProblems(StatusCodes.Status403Forbidden, StatusCodes.Status422UnprocessableEntity);
        return api;
    }
}
