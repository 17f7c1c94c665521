namespace Upjunoo.Domain.Common;

/// <summary>
/// Why a command is refused. <see cref="Code"/> is stable (it becomes the problem <c>type</c>);
/// <see cref="Kind"/> says which family of refusal it is (it becomes the HTTP status).
/// </summary>
public sealed record Rejection(RejectionKind Kind, string Code, string Detail, IReadOnlyDictionary<string, string[]>? Errors = null)
{
    public static Rejection Invalid(string code, string detail, string? field = null) =>
        new(RejectionKind.Invalid, code, detail, field is null ? null : new Dictionary<string, string[]> { [field] = [detail] });

    public static Rejection NotFound(string code, string detail) => new(RejectionKind.NotFound, code, detail);

    public static Rejection Forbidden(string code, string detail) => new(RejectionKind.Forbidden, code, detail);

    public static Rejection Conflict(string code, string detail) => new(RejectionKind.Conflict, code, detail);

    public static Rejection TooMany(string code, string detail) => new(RejectionKind.TooManyRequests, code, detail);

    public static Rejection TooLarge(string code, string detail) => new(RejectionKind.PayloadTooLarge, code, detail);

    public static Rejection UnsupportedType(string code, string detail) => new(RejectionKind.UnsupportedMediaType, code, detail);

    public static Rejection Unauthorized(string code, string detail) => new(RejectionKind.Unauthorized, code, detail);
}
