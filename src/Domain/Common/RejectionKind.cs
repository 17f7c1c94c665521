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
}
