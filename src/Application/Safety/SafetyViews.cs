using Upjunoo.Domain.Safety;

namespace Upjunoo.Application.Safety;

public sealed record EmergencyContactInput(string? Name, string? Phone);

public sealed record EmergencyContactView(string Name, string Phone);

public sealed record EmergencyContactsView(IReadOnlyList<EmergencyContactView> Contacts)
{
    public static EmergencyContactsView Of(SafetyState state) => new([.. state.Contacts.Select(c => new EmergencyContactView(c.Name, c.Phone))]);
}

public sealed record SosView(string AlertId, double Lat, double Lng, string? TripId, int ContactsAlerted, string TicketId, DateTimeOffset At)
{
    public static SosView Of(SosAlert a) => new(a.AlertId, a.Position.Lat, a.Position.Lng, a.TripId, a.ContactsAlerted, a.TicketId, a.At);
}
