namespace Upjunoo.Application.Privacy.Retention;

/// <summary>
/// The registry of retention rules. Each store of personal data registers its purge at start-up (trips: the country's
/// prescription period; conversations: 30 days; support conversations: 3 months — see DataCategoryCatalogue).
/// </summary>
public interface IRetentionRules
{
    void Register(RetentionRule rule);

    IReadOnlyList<RetentionRule> All { get; }
}
