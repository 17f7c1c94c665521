using System.Reflection;
using Upjunoo.Application.Privacy.Policy;

namespace Upjunoo.Infrastructure.Privacy.Policy;

/// <summary>Version 1 of the policy: the French text of 27.10.2024 (it prevails) and an English summary, embedded in the assembly.</summary>
public static class FoundingPolicy
{
    public static readonly DateTimeOffset PublishedAt = new(2024, 10, 27, 0, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<PolicyVersion> Lazy = new(() => new PolicyVersion(1, PublishedAt, Read("fr"), Read("en"), "system"));

    public static PolicyVersion Version => Lazy.Value;

    private static string Read(string language)
    {
        var name = $"Upjunoo.Infrastructure.Privacy.Policy.privacy-policy-v1-{language}.txt";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
