using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Upjunoo.Application.Orders;
using Upjunoo.Domain.Common;
using Upjunoo.Host.Localization;

namespace Upjunoo.Host.Endpoints;

/// <summary>
/// Reads the proof photo of a delivery from <c>multipart/form-data</c> without ever buffering more than the limit:
/// a body announced or found larger is a 413 problem (Kestrel's own limit is set per endpoint by
/// <see cref="MaxRequestBytes"/>, and its "too large" error becomes the same problem), never a crash.
/// </summary>
public static class ProofUpload
{
    /// <summary>The photo plus room for the multipart framing.</summary>
    public const long MaxRequestBytes = ProofPhotos.MaxBytes + (64 * 1024);

    public static async Task<(byte[]? Photo, ProblemHttpResult? Problem)> Read(HttpContext context)
    {
        var request = context.Request;
        if (request.ContentLength > MaxRequestBytes)
        {
            return (null, TooLarge(context));
        }

        if (!request.HasFormContentType)
        {
            return (null, null);
        }

        try
        {
            context.Features.Set<IFormFeature>(new FormFeature(request, new FormOptions
            {
                MultipartBodyLengthLimit = MaxRequestBytes,
                BufferBodyLengthLimit = MaxRequestBytes,
            }));
            var form = await request.ReadFormAsync(context.RequestAborted);
            var file = form.Files.GetFile("photo");
            if (file is null || file.Length == 0)
            {
                return (null, null);
            }

            if (file.Length > ProofPhotos.MaxBytes)
            {
                return (null, TooLarge(context));
            }

            var bytes = new byte[file.Length];
            await using var stream = file.OpenReadStream();
            await stream.ReadExactlyAsync(bytes, context.RequestAborted);
            return (bytes, null);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(context));
        }
        catch (InvalidDataException)
        {
            // The multipart reader refuses a body over its limit (or a malformed one): either way nothing is kept.
            return (null, TooLarge(context));
        }
    }

    private static ProblemHttpResult TooLarge(HttpContext context) =>
        Problems.Problems.From(
            Rejection.TooLarge("order.proof-too-large", $"A proof photo is at most {ProofPhotos.MaxBytes / (1024 * 1024)} MB."), RequestLanguage.Of(context));
}
