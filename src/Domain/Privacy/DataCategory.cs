namespace Upjunoo.Domain.Privacy;

/// <summary>The categories of personal data named in section 3 of the privacy policy (R12).</summary>
public enum DataCategory
{
    Identity,
    Contact,
    Email,
    Addresses,
    OrderComments,
    BankTokens,
    Forms,
    Device,
    AdvertisingId,
    Location,
    ContactList,
    Photos,
    UsageAnalytics,
    SearchAndVisitAddresses,
    MarketingAttribution,
    PublicSocialMedia,
    Conversations,
    SupportConversations,
    CallRecordings,
    OrderData,
}
