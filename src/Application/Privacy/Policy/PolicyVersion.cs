using Upjunoo.Domain.Identity;

namespace Upjunoo.Application.Privacy.Policy;

/// <summary>One version of the privacy policy (R21): its number, when it took effect, its text in French and English.</summary>
public sealed record PolicyVersion(int Version, DateTimeOffset PublishedAt, string TextFr, string TextEn, string PublishedBy)
{
    public string TextIn(Language language) => language == Language.Fr ? TextFr : TextEn;
}
