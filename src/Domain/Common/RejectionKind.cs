namespace Upjunoo.Domain.Common;

public enum RejectionKind
{
    /// <summary>The request is well-formed but breaks a business rule (422).</summary>
    Invalid,
    Unauthorized,
    Forbidden,
    NotFound,
    Conflict,
    TooManyRequests,

    /// <summary>An upload is larger than allowed (413).</summary>
    PayloadTooLarge,

    /// <summary>An upload is not of an accepted type, judged by its content (415).</summary>
    UnsupportedMediaType,
}
