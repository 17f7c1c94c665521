using Upjunoo.Application.Safety;
using Upjunoo.Domain.Forms;

namespace Upjunoo.Host.Contracts;

/// <summary>Only the contacts the user picked in the app (at most 5), never the whole address book.</summary>
public sealed record EmergencyContactsBody(IReadOnlyList<EmergencyContactInput>? Contacts);

public sealed record SosBody(double? Lat, double? Lng, string? TripId);

public sealed record MessageBody(string? Text);

/// <summary>A call's metadata with the provider's media reference (JSON); or send multipart/form-data with a <c>recording</c> file.</summary>
public sealed record CallBody(DateTimeOffset? StartedAt, int? DurationSeconds, string? MediaRef);

public sealed record TicketBody(string? Kind, string? Subject, string? Message, string? TripId, string? OrderId);

public sealed record TicketMessageBody(string? Message);

public sealed record ResolveBody(string? Resolution);

public sealed record PushTokenBody(string? DeviceId, string? Token);

public sealed record MarketingBody(IReadOnlyList<string>? AccountIds, string? TitleFr, string? TitleEn, string? BodyFr, string? BodyEn);

public sealed record FormBody(string? Purpose, string? Title, IReadOnlyList<FormQuestion>? Questions);

public sealed record FormAnswersBody(IReadOnlyList<FormAnswer>? Answers);
