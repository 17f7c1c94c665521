namespace Upjunoo.Domain.Privacy;

/// <summary>One category of personal data with the purpose section 3 of the policy gives it, and its default retention.</summary>
public sealed record DataCategoryInfo(DataCategory Category, string PurposeFr, string PurposeEn, RetentionBasis Retention, TimeSpan? Period = null);
