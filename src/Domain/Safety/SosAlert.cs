using Upjunoo.Domain.Geo;
using Upjunoo.Domain.Privacy;

namespace Upjunoo.Domain.Safety;

/// <summary>One SOS: where the user was, the trip they were on, how many contacts were alerted and the urgent ticket opened.</summary>
public sealed record SosAlert(
    [property: NotPersonal("an opaque id")] string AlertId,
    [property: Personal(DataCategory.Location)] GeoPoint Position,
    string? TripId,
    [property: NotPersonal("a count")] int ContactsAlerted,
    string TicketId,
    DateTimeOffset At);
