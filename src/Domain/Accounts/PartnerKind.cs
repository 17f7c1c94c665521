namespace Upjunoo.Domain.Accounts;

/// <summary>Whether a partner carries people (driver) or goods (courier).</summary>
public enum PartnerKind
{
    Driver,
    Courier,
}
