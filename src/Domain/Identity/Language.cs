namespace Upjunoo.Domain.Identity;

/// <summary>The languages every text is available in (R30).</summary>
public enum Language
{
    Fr,
    En,
}
