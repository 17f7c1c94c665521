global using AccountGateway = Upjunoo.Application.Common.IEntityGateway<
    Upjunoo.Domain.Accounts.AccountCommand, Upjunoo.Domain.Accounts.AccountState, Upjunoo.Domain.Accounts.AccountEvent>;
global using PhoneLoginGateway = Upjunoo.Application.Common.IEntityGateway<
    Upjunoo.Domain.Accounts.Login.PhoneLoginCommand, Upjunoo.Domain.Accounts.Login.PhoneLoginState, Upjunoo.Domain.Accounts.Login.PhoneLoginEvent>;
