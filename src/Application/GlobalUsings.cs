global using AccountGateway = Upjunoo.Application.Common.IEntityGateway<
    Upjunoo.Domain.Accounts.AccountCommand, Upjunoo.Domain.Accounts.AccountState, Upjunoo.Domain.Accounts.AccountEvent>;
global using PhoneLoginGateway = Upjunoo.Application.Common.IEntityGateway<
    Upjunoo.Domain.Accounts.Login.PhoneLoginCommand, Upjunoo.Domain.Accounts.Login.PhoneLoginState, Upjunoo.Domain.Accounts.Login.PhoneLoginEvent>;
global using DriverGateway = Upjunoo.Application.Common.IEntityGateway<
    Upjunoo.Domain.Drivers.DriverCommand, Upjunoo.Domain.Drivers.DriverState, Upjunoo.Domain.Drivers.DriverEvent>;
global using TripGateway = Upjunoo.Application.Common.IEntityGateway<
    Upjunoo.Domain.Trips.TripCommand, Upjunoo.Domain.Trips.TripState, Upjunoo.Domain.Trips.TripEvent>;
global using StoreGateway = Upjunoo.Application.Common.IEntityGateway<
    Upjunoo.Domain.Stores.StoreCommand, Upjunoo.Domain.Stores.StoreState, Upjunoo.Domain.Stores.StoreEvent>;
global using OrderGateway = Upjunoo.Application.Common.IEntityGateway<
    Upjunoo.Domain.Orders.OrderCommand, Upjunoo.Domain.Orders.OrderState, Upjunoo.Domain.Orders.OrderEvent>;
global using AddressBookGateway = Upjunoo.Application.Common.IEntityGateway<
    Upjunoo.Domain.Addresses.AddressBookCommand, Upjunoo.Domain.Addresses.AddressBookState, Upjunoo.Domain.Addresses.AddressBookEvent>;
global using ConversationGateway = Upjunoo.Application.Common.IEntityGateway<
    Upjunoo.Domain.Conversations.ConversationCommand, Upjunoo.Domain.Conversations.ConversationState, Upjunoo.Domain.Conversations.ConversationEvent>;
global using TicketGateway = Upjunoo.Application.Common.IEntityGateway<
    Upjunoo.Domain.Tickets.TicketCommand, Upjunoo.Domain.Tickets.TicketState, Upjunoo.Domain.Tickets.TicketEvent>;
global using SafetyGateway = Upjunoo.Application.Common.IEntityGateway<
    Upjunoo.Domain.Safety.SafetyCommand, Upjunoo.Domain.Safety.SafetyState, Upjunoo.Domain.Safety.SafetyEvent>;
global using FormGateway = Upjunoo.Application.Common.IEntityGateway<
    Upjunoo.Domain.Forms.FormCommand, Upjunoo.Domain.Forms.FormState, Upjunoo.Domain.Forms.FormEvent>;
global using PrivacyProfileGateway = Upjunoo.Application.Common.IEntityGateway<
    Upjunoo.Domain.Privacy.Consents.PrivacyProfileCommand, Upjunoo.Domain.Privacy.Consents.PrivacyProfileState, Upjunoo.Domain.Privacy.Consents.PrivacyProfileEvent>;
global using PrivacyRequestGateway = Upjunoo.Application.Common.IEntityGateway<
    Upjunoo.Domain.Privacy.Requests.PrivacyRequestCommand, Upjunoo.Domain.Privacy.Requests.PrivacyRequestState, Upjunoo.Domain.Privacy.Requests.PrivacyRequestEvent>;
