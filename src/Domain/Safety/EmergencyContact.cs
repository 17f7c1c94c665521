using Upjunoo.Domain.Privacy;

namespace Upjunoo.Domain.Safety;

/// <summary>A person the user picked from their phone's contacts, kept only to alert them on an SOS (R8, R12: contact list, SOS only).</summary>
public sealed record EmergencyContact(
    [property: Personal(DataCategory.ContactList)] string Name,
    [property: Personal(DataCategory.ContactList)] string Phone);
