namespace Upjunoo.Domain.Privacy;

/// <summary>The catalogue of R12: every <see cref="DataCategory"/> with its purpose (policy v1, section 3) and retention (R18).</summary>
public static class DataCategoryCatalogue
{
    public static TimeSpan ConversationsPeriod { get; } = TimeSpan.FromDays(30);

    public static TimeSpan SupportConversationsPeriod { get; } = TimeSpan.FromDays(90);

    public static IReadOnlyList<DataCategoryInfo> All { get; } =
    [
        new(DataCategory.Identity, "Vous identifier comme utilisateur et communiquer avec nos services selon vos demandes.",
            "To identify you as a user and communicate with our services as you ask.", RetentionBasis.AccountLifetime),
        new(DataCategory.Contact, "Vous identifier comme utilisateur et communiquer avec nos services selon vos demandes.",
            "To identify you as a user and communicate with our services as you ask.", RetentionBasis.AccountLifetime),
        new(DataCategory.Email, "Vous envoyer des informations relatives aux services, à vos commandes et, si vous le souhaitez, des messages marketing.",
            "To send you information about the services and your orders and, if you wish, marketing messages.", RetentionBasis.AccountLifetime),
        new(DataCategory.Addresses, "Commander, acheter et livrer des produits ou services dans votre localité.",
            "To order, buy and deliver goods or services in your area.", RetentionBasis.AccountLifetime),
        new(DataCategory.OrderComments, "Tenir compte de vos préférences dans le traitement de vos commandes.",
            "To take your preferences into account when handling your orders.", RetentionBasis.CountryPrescription),
        new(DataCategory.BankTokens, "Vous permettre de faire les différents paiements.", "To let you pay.", RetentionBasis.AccountLifetime),
        new(DataCategory.Forms, "Prendre en compte vos avis, offres spéciales, demandes au support et activités de marketing.",
            "To take your opinions, special offers, support requests and marketing activities into account.", RetentionBasis.AccountLifetime),
        new(DataCategory.Device, "Sécuriser l'accès à votre compte et à nos systèmes informatiques.",
            "To secure access to your account and to our systems.", RetentionBasis.AccountLifetime),
        new(DataCategory.AdvertisingId, "Vous proposer des produits adaptés dans nos publicités (avec votre consentement).",
            "To show you suitable products in our advertising (with your consent).", RetentionBasis.UntilConsentWithdrawn),
        new(DataCategory.Location, "Fournir, améliorer et personnaliser le service ; permettre au passager de choisir un chauffeur.",
            "To provide, improve and personalise the service; to let a passenger choose a driver.", RetentionBasis.CountryPrescription),
        new(DataCategory.ContactList, "Envoyer des messages SOS aux contacts de votre choix.",
            "To send SOS messages to the contacts you choose.", RetentionBasis.AccountLifetime),
        new(DataCategory.Photos, "Preuves de livraison et images que vous choisissez de partager.",
            "Proof of delivery and pictures you choose to share.", RetentionBasis.CountryPrescription),
        new(DataCategory.UsageAnalytics, "Améliorer nos solutions et bloquer les fausses commandes (avec votre consentement).",
            "To improve our products and block fake orders (with your consent).", RetentionBasis.UntilConsentWithdrawn),
        new(DataCategory.SearchAndVisitAddresses, "Vous proposer des adresses de commande et de livraison.",
            "To suggest order and delivery addresses.", RetentionBasis.AccountLifetime),
        new(DataCategory.MarketingAttribution, "Évaluer une campagne publicitaire ou une action de marketing.",
            "To evaluate an advertising campaign or a marketing action.", RetentionBasis.UntilConsentWithdrawn),
        new(DataCategory.PublicSocialMedia, "Améliorer nos produits et solutions.", "To improve our products.", RetentionBasis.UntilConsentWithdrawn),
        new(DataCategory.Conversations, "Répondre aux demandes et plaintes et assurer la qualité du service (client ↔ chauffeur, coursier, magasin).",
            "To answer requests and complaints and ensure service quality (customer ↔ driver, courier, store).", RetentionBasis.Fixed, ConversationsPeriod),
        new(DataCategory.SupportConversations, "Répondre aux demandes, plaintes et assurer la qualité de l'assistance.",
            "To answer requests and complaints and ensure the quality of support.", RetentionBasis.Fixed, SupportConversationsPeriod),
        new(DataCategory.CallRecordings, "Litiges, réclamations légales et qualité du service.",
            "Disputes, legal claims and service quality.", RetentionBasis.Fixed, ConversationsPeriod),
        new(DataCategory.OrderData, "Exécuter vos commandes et courses ; conservées pendant le délai de prescription puis détruites.",
            "To carry out your orders and rides; kept for the prescription period, then destroyed.", RetentionBasis.CountryPrescription),
    ];

    public static DataCategoryInfo Of(DataCategory category) => All.First(c => c.Category == category);
}
