using Upjunoo.Domain.Common;
using Upjunoo.Domain.Identity;

namespace Upjunoo.Application.Localization;

/// <summary>Localized titles for problem details, by kind of rejection (R30).</summary>
public static class ProblemTitles
{
    public static string For(RejectionKind kind, Language language) => (kind, language) switch
    {
        (RejectionKind.Invalid, Language.Fr) => "La demande ne respecte pas les règles",
        (RejectionKind.Invalid, _) => "The request breaks a rule",
        (RejectionKind.Unauthorized, Language.Fr) => "Authentification requise",
        (RejectionKind.Unauthorized, _) => "Authentication required",
        (RejectionKind.Forbidden, Language.Fr) => "Accès refusé",
        (RejectionKind.Forbidden, _) => "Access denied",
        (RejectionKind.NotFound, Language.Fr) => "Introuvable",
        (RejectionKind.NotFound, _) => "Not found",
        (RejectionKind.Conflict, Language.Fr) => "Conflit avec l'état actuel",
        (RejectionKind.Conflict, _) => "Conflict with the current state",
        (RejectionKind.TooManyRequests, Language.Fr) => "Trop de demandes",
        (RejectionKind.TooManyRequests, _) => "Too many requests",
        (RejectionKind.PayloadTooLarge, Language.Fr) => "Contenu trop volumineux",
        (RejectionKind.PayloadTooLarge, _) => "Content too large",
        (RejectionKind.UnsupportedMediaType, Language.Fr) => "Type de contenu non pris en charge",
        (RejectionKind.UnsupportedMediaType, _) => "Unsupported media type",
        _ => language == Language.Fr ? "Erreur" : "Error",
    };

    public static string ForStatus(int status, Language language) => status switch
    {
        400 => language == Language.Fr ? "Demande mal formée" : "Malformed request",
        401 => For(RejectionKind.Unauthorized, language),
        403 => For(RejectionKind.Forbidden, language),
        404 => For(RejectionKind.NotFound, language),
        405 => language == Language.Fr ? "Méthode non autorisée" : "Method not allowed",
        409 => For(RejectionKind.Conflict, language),
        413 => For(RejectionKind.PayloadTooLarge, language),
        415 => For(RejectionKind.UnsupportedMediaType, language),
        422 => For(RejectionKind.Invalid, language),
        429 => For(RejectionKind.TooManyRequests, language),
        503 => language == Language.Fr ? "Service momentanément indisponible" : "Service temporarily unavailable",
        _ => language == Language.Fr ? "Erreur interne" : "Internal error",
    };
}
