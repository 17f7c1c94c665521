namespace Upjunoo.Domain.Accounts;

public sealed record PartnerProfile(PartnerKind Kind, Vehicle? Vehicle, IReadOnlyList<string> Services, bool Approved);
