using Upjunoo.Domain.Common;
using static Upjunoo.Domain.Safety.SafetyEvent.V1;

namespace Upjunoo.Domain.Safety;

/// <summary>The emergency contacts a user picked and the SOS alerts they raised (R8).</summary>
public sealed class SafetyCard : IDecider<SafetyState, SafetyCommand, SafetyEvent>
{
    public static SafetyState Initial => SafetyState.Empty;

    public static Decision<SafetyEvent> Decide(SafetyCommand command, SafetyState state)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(state);
        if (state.AccountId is not null ? state.AccountId != command.AccountId : !Ids.LooksValid(command.AccountId))
        {
            return Rejection.Forbidden("safety.forbidden", "Only the account itself may change its emergency contacts.");
        }

        return command switch
        {
            SafetyCommand.SetContacts c => SetContacts(c, state),
            SafetyCommand.RecordSos c => state.Alerts.Any(a => a.AlertId == c.AlertId)
                ? Decision<SafetyEvent>.Nothing
                : Decision<SafetyEvent>.Accept(new SosRaised(c.AccountId, new SosAlert(c.AlertId, c.Position, c.TripId, c.ContactsAlerted, c.TicketId, c.Now))),
            _ => throw new ArgumentOutOfRangeException(nameof(command)),
        };
    }

    private static Decision<SafetyEvent> SetContacts(SafetyCommand.SetContacts c, SafetyState state)
    {
        if (c.Contacts.Count > SafetyRules.MaxContacts)
        {
            return Rejection.Invalid("safety.too-many-contacts", $"At most {SafetyRules.MaxContacts} emergency contacts.", "contacts");
        }

        for (var i = 0; i < c.Contacts.Count; i++)
        {
            var contact = c.Contacts[i];
            if (string.IsNullOrWhiteSpace(contact.Name) || contact.Name.Trim().Length > SafetyRules.MaxNameLength)
            {
                return Rejection.Invalid("safety.invalid-contact-name", $"A contact name has 1 to {SafetyRules.MaxNameLength} characters.", $"contacts[{i}].name");
            }

            if (!SafetyRules.IsE164(contact.Phone))
            {
                return Rejection.Invalid("safety.invalid-contact-phone", "A contact phone must be a valid number.", $"contacts[{i}].phone");
            }
        }

        var contacts = c.Contacts.Select(x => x with { Name = x.Name.Trim() }).DistinctBy(x => x.Phone).ToList();
        return contacts.SequenceEqual(state.Contacts) && state.AccountId is not null
            ? Decision<SafetyEvent>.Nothing
            : Decision<SafetyEvent>.Accept(new ContactsSet(c.AccountId, contacts, c.Now));
    }

    public static SafetyState Evolve(SafetyState state, SafetyEvent @event) => @event switch
    {
        ContactsSet e => state with { AccountId = e.AccountId, Contacts = e.Contacts },
        SosRaised e => state with { AccountId = e.AccountId, Alerts = [.. state.Alerts.TakeLast(SafetyRules.MaxAlertsKept - 1), e.Alert] },
        _ => state,
    };
}
