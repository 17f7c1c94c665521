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
