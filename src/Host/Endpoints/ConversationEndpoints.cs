using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Upjunoo.Application.Conversations;
using Upjunoo.Host.Auth;
using Upjunoo.Host.Contracts;

namespace Upjunoo.Host.Endpoints;

/// <summary>In-app conversations and calls of a trip (<c>trip-{tripId}</c>) or an order (<c>order-{orderId}</c>) (R9).</summary>
public static class ConversationEndpoints
{
    public static RouteGroupBuilder MapConversations(this RouteGroupBuilder api)
    {
        var conversations = api.MapGroup("/conversations/{conversationId}").WithTags("Conversations").RequireAuthorization();

        conversations.MapGet("/messages", async Task<Results<Ok<ConversationView>, ProblemHttpResult>> (
                string conversationId, int? limit, string? cursor, IMediator mediator, HttpContext context) =>
            (await mediator.Send(new GetConversation(context.Caller(), conversationId, limit, cursor), context.RequestAborted)).ToOk(context))
            .WithSummary("The conversation's messages (oldest first, paged) and calls: parties and support only, until retention ends")
            .WithAuthProblems(StatusCodes.Status404NotFound);

        conversations.MapPost("/messages", async Task<Results<Ok<MessageView>, ProblemHttpResult>> (
                string conversationId, MessageBody body, IMediator mediator, HttpContext context) =>
            (await mediator.Send(new PostMessage(context.Caller(), conversationId, body.Text), context.RequestAborted)).ToOk(context))
            .WithSummary("Write to the other party while the trip or order is under way (409 once it has ended)")
            .WithAuthProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        conversations.MapPost("/calls", async Task<Results<Ok<CallView>, ProblemHttpResult>> (string conversationId, HttpRequest request, IMediator mediator, HttpContext context) =>
            (await mediator.Send(await ReadCall(context.Caller(), conversationId, request), context.RequestAborted)).ToOk(context))
            .Accepts<CallBody>("application/json", "multipart/form-data")
            .WithSummary("Record a call placed through the app: metadata and the recording (multipart field 'recording') or a mediaRef")
            .WithAuthProblems(StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity);

        conversations.MapGet("/calls/{callId}/recording", async Task<Results<FileContentHttpResult, Ok<CallRecording>, ProblemHttpResult>> (
                string conversationId, string callId, IMediator mediator, HttpContext context) =>
            (await mediator.Send(new GetCallRecording(context.Caller(), conversationId, callId), context.RequestAborted)) is var outcome && outcome.Rejection is { } rejection
                ? Problems.Problems.From(rejection, Localization.RequestLanguage.Of(context))
                : outcome.Value!.Content is { } bytes
                    ? TypedResults.File(bytes, "application/octet-stream")
                    : TypedResults.Ok(outcome.Value))
            .WithSummary("A call's recording (every access is logged)")
            .WithAuthProblems(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<RecordCall> ReadCall(Application.Common.Caller caller, string conversationId, HttpRequest request)
    {
        if (!request.HasFormContentType)
        {
            var body = await request.ReadFromJsonAsync<CallBody>(request.HttpContext.RequestAborted);
            return new RecordCall(caller, conversationId, body?.StartedAt, body?.DurationSeconds, null, body?.MediaRef);
        }

        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        byte[]? recording = null;
        if (form.Files.GetFile("recording") is { Length: > 0 and <= RecordCallHandler.MaxRecordingBytes } file)
        {
            using var stream = new MemoryStream();
            await file.CopyToAsync(stream, request.HttpContext.RequestAborted);
            recording = stream.ToArray();
        }

        DateTimeOffset? startedAt = DateTimeOffset.TryParse(form["startedAt"], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var s) ? s : null;
        int? duration = int.TryParse(form["durationSeconds"], System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : null;
        return new RecordCall(caller, conversationId, startedAt, duration, recording, form["mediaRef"].FirstOrDefault());
    }
}
