using Upjunoo.Domain.Accounts;

namespace Upjunoo.Host.Contracts;

public sealed record PatchMeBody(string? Name, string? Email, string? Language);

public sealed record DriverProfileBody(string? Kind, Vehicle? Vehicle, IReadOnlyList<string>? Services);

public sealed record GrantRoleBody(string? Role);

public sealed record RolesView(IReadOnlyList<string> Roles);

public sealed record OutboxMessageView(string Channel, string To, string? Subject, string Body, string Purpose, DateTimeOffset SentAt);
