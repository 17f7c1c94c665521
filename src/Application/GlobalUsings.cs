global using AccountGateway = Upjunoo.Application.Common.IEntityGateway<
    Upjunoo.Domain.Accounts.AccountCommand, Upjunoo.Domain.Accounts.AccountState, Upjunoo.Domain.Accounts.AccountEvent>;
global using PhoneLoginGateway = Upjunoo.Application.Common.IEntityGateway<
    Upjunoo.Domain.Accounts.Login.PhoneLoginCommand, Upjunoo.Domain.Accounts.Login.PhoneLoginState, Upjunoo.Domain.Accounts.Login.PhoneLoginEvent>;
global using DriverGateway = Upjunoo.Application.Common.IEntityGateway<
    Upjunoo.Domain.Drivers.DriverCommand, Upjunoo.Domain.Drivers.DriverState, Upjunoo.Domain.Drivers.DriverEvent>;
global using TripGateway = Upjunoo.Application.Common.IEntityGateway<
    Upjunoo.Domain.Trips.TripCommand, Upjunoo.Domain.Trips.TripState, Upjunoo.Domain.Trips.TripEvent>;
global using PrivacyProfileGateway = Upjunoo.Application.Common.IEntityGateway<
    Upjunoo.Domain.Privacy.Consents.PrivacyProfileCommand, Upjunoo.Domain.Privacy.Consents.PrivacyProfileState, Upjunoo.Domain.Privacy.Consents.PrivacyProfileEvent>;
global using PrivacyRequestGateway = Upjunoo.Application.Common.IEntityGateway<
    Upjunoo.Domain.Privacy.Requests.PrivacyRequestCommand, Upjunoo.Domain.Privacy.Requests.PrivacyRequestState, Upjunoo.Domain.Privacy.Requests.PrivacyRequestEvent>;
