using Upjunoo.Domain.Geo;

namespace Upjunoo.Domain.Safety;

/// <summary>Commands to one account's safety card (emergency contacts and SOS history); only the account itself sends them.</summary>
public abstract record SafetyCommand(string AccountId, DateTimeOffset Now)
{
    /// <summary>Replaces the whole list with the contacts the user picked (phones already in E.164).</summary>
    public sealed record SetContacts(string AccountId, IReadOnlyList<EmergencyContact> Contacts, DateTimeOffset Now) : SafetyCommand(AccountId, Now);

    public sealed record RecordSos(string AccountId, string AlertId, GeoPoint Position, string? TripId, int ContactsAlerted, string TicketId, DateTimeOffset Now)
        : SafetyCommand(AccountId, Now);
}
