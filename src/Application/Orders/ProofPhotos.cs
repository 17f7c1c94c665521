namespace Upjunoo.Application.Orders;

/// <summary>
/// What a proof-of-delivery upload must be (R5): a JPEG or PNG of at most <see cref="MaxBytes"/>, its type judged by
/// its first bytes — never by the file name or the declared content type, which the client controls.
/// </summary>
public static class ProofPhotos
{
    public const long MaxBytes = 5 * 1024 * 1024;

    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>"image/jpeg" or "image/png" by the magic bytes, else null.</summary>
    public static string? ContentTypeOf(ReadOnlySpan<byte> content) =>
        content.StartsWith(Jpeg) ? "image/jpeg" : content.StartsWith(Png) ? "image/png" : null;
}
