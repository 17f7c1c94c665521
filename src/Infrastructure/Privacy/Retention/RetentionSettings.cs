namespace Upjunoo.Infrastructure.Privacy.Retention;

/// <summary>
/// <c>Retention</c> settings (R18): how often the job runs and, per country, the prescription period of order data in
/// years (<c>Retention:OrderDataYears:CI=5</c>). A country without an entry keeps order data for the longest period given.
/// </summary>
public sealed class RetentionSettings
{
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(6);

    public Dictionary<string, int> OrderDataYears { get; set; } = new(StringComparer.OrdinalIgnoreCase) { ["CA"] = 7, ["CI"] = 5, ["CD"] = 5 };

    public int YearsFor(string? country) =>
        country is not null && OrderDataYears.TryGetValue(country, out var years) ? years : OrderDataYears.Values.DefaultIfEmpty(10).Max();
}
