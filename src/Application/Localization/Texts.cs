using Upjunoo.Domain.Identity;

namespace Upjunoo.Application.Localization;

/// <summary>Every text the backend sends a person, in French and English (R30).</summary>
public static class Texts
{
    private static readonly Dictionary<string, (string Fr, string En)> All = new(StringComparer.Ordinal)
    {
        ["otp.sms"] = ("Upjunoo : votre code de connexion est {0}. Il expire dans 5 minutes. Ne le partagez avec personne.",
                       "Upjunoo: your sign-in code is {0}. It expires in 5 minutes. Do not share it with anyone."),
        ["device.new.subject"] = ("Nouvel appareil connecté", "New device signed in"),
        ["device.new.body"] = ("Bonjour {0}, une connexion à votre compte a eu lieu depuis un nouvel appareil ({1}). Si ce n'était pas vous, contactez le support.",
                               "Hello {0}, your account was signed in from a new device ({1}). If this was not you, contact support."),
        ["receipt.title"] = ("Reçu de course", "Trip receipt"),
        ["receipt.line.baseFare"] = ("Prise en charge", "Base fare"),
        ["receipt.line.distance"] = ("Distance parcourue", "Distance"),
        ["receipt.line.time"] = ("Durée", "Time"),
        ["receipt.line.minimumFareTopUp"] = ("Complément au tarif minimum", "Minimum fare top-up"),
        ["receipt.line.cancellationFee"] = ("Frais d'annulation", "Cancellation fee"),
        ["receipt.total"] = ("Total à payer", "Total"),
        ["receipt.payment.cash"] = ("Espèces", "Cash"),
        ["receipt.payment.card"] = ("Carte", "Card"),
        ["receipt.payment.mobileMoney"] = ("Paiement mobile (mobile money)", "Mobile money"),
        ["sos.sms"] = ("ALERTE SOS Upjunoo : {0} a besoin d'aide. Position : {1}",
                       "Upjunoo SOS ALERT: {0} needs help. Position: {1}"),
        ["sos.sms.trip"] = ("ALERTE SOS Upjunoo : {0} a besoin d'aide pendant une course. Position : {1} Véhicule : {2} {3} {4}, immatriculation {5}",
                            "Upjunoo SOS ALERT: {0} needs help during a ride. Position: {1} Vehicle: {4} {2} {3}, plate {5}"),
        ["sos.ticket.subject"] = ("SOS : alerte d'urgence", "SOS: emergency alert"),
        ["support.answered.title"] = ("Réponse du support", "Support replied"),
        ["support.answered.body"] = ("Le support a répondu à votre demande {0}.", "Support replied to your request {0}."),
        ["support.resolved.title"] = ("Demande résolue", "Request resolved"),
        ["support.resolved.body"] = ("Votre demande {0} a été résolue. Répondez-y si le problème persiste.",
                                     "Your request {0} was resolved. Reply to it if the problem persists."),
        ["receipt.company"] = ("Émis par {0}", "Issued by {0}"),
        ["policy.updated.subject"] = ("Mise à jour de notre politique de confidentialité", "Our privacy policy has been updated"),
        ["policy.updated.body"] = ("Upjunoo : notre politique de confidentialité a été mise à jour (version {0} du {1}). Consultez-la dans l'application, rubrique Confidentialité.",
                                   "Upjunoo: our privacy policy has been updated (version {0} of {1}). Read it in the app, under Privacy."),
    };

    public static string Get(string key, Language language, params object[] args)
    {
        var (fr, en) = All[key];
        var template = language == Language.Fr ? fr : en;
        return args.Length == 0 ? template : string.Format(System.Globalization.CultureInfo.InvariantCulture, template, args);
    }

    public static bool Has(string key) => All.ContainsKey(key);

    public static IEnumerable<string> Keys => All.Keys;
}
