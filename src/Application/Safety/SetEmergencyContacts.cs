using Mediator;
using Upjunoo.Application.Accounts;
using Upjunoo.Application.Common;
using Upjunoo.Domain.Common;
using Upjunoo.Domain.Safety;

namespace Upjunoo.Application.Safety;

/// <summary>
/// Replaces the emergency contacts with those the user picked in the app (R8). The app sends only the chosen ones,
/// never the whole address book; phones are normalised to E.164 (the account's country is assumed without '+').
/// </summary>
public sealed record SetEmergencyContacts(Caller Caller, IReadOnlyList<EmergencyContactInput>? Contacts) : IRequest<Outcome<EmergencyContactsView>>;

public sealed class SetEmergencyContactsHandler(SafetyGateway safety, AccountGateway accounts, TimeProvider clock)
    : IRequestHandler<SetEmergencyContacts, Outcome<EmergencyContactsView>>
{
    public async ValueTask<Outcome<EmergencyContactsView>> Handle(SetEmergencyContacts request, CancellationToken cancellationToken)
    {
        var inputs = request.Contacts ?? [];
        if (inputs.Count > SafetyRules.MaxContacts)
        {
            return Rejection.Invalid("safety.too-many-contacts", $"At most {SafetyRules.MaxContacts} emergency contacts.", "contacts");
        }

        var account = await accounts.Get(request.Caller.AccountId, cancellationToken);
        var contacts = new List<EmergencyContact>();
        for (var i = 0; i < inputs.Count; i++)
        {
            if (Accounts.PhoneNumbers.ToE164(inputs[i].Phone, account.Country) is not { } phone)
            {
                return Rejection.Invalid("safety.invalid-contact-phone", "A contact phone must be a valid number.", $"contacts[{i}].phone");
            }

            contacts.Add(new EmergencyContact(inputs[i].Name ?? "", phone));
        }

        var reply = await safety.Send(request.Caller.AccountId, new SafetyCommand.SetContacts(request.Caller.AccountId, contacts, clock.GetUtcNow()), cancellationToken);
        return reply.Rejection is { } rejection ? rejection : EmergencyContactsView.Of(reply.State);
    }
}
