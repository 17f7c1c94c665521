namespace Upjunoo.Domain.Countries;

/// <summary>The countries where the service runs (ISO 3166-1 alpha-2).</summary>
public enum CountryCode
{
    CA,
    CI,
    CD,
}
