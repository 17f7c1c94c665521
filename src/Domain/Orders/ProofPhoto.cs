using Upjunoo.Domain.Privacy;

namespace Upjunoo.Domain.Orders;

/// <summary>The proof-of-delivery photo (R5): a reference to the stored blob, never the image itself.</summary>
public sealed record ProofPhoto(
    [property: Personal(DataCategory.Photos)] string BlobId,
    string ContentType,
    long SizeBytes)
{
    public const long MaxSizeBytes = 10 * 1024 * 1024;

    public static IReadOnlyList<string> ContentTypes { get; } = ["image/jpeg", "image/png"];

    public bool IsValid =>
        Common.Ids.LooksValid(BlobId) && ContentTypes.Contains(ContentType, StringComparer.OrdinalIgnoreCase)
        && SizeBytes is > 0 and <= MaxSizeBytes;
}
