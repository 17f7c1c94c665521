using System.Globalization;
using Upjunoo.Application.Privacy.Policy;
using Upjunoo.Infrastructure.Privacy.Store;
using Upjunoo.Infrastructure.ReadModels;
using static Upjunoo.Infrastructure.Privacy.Store.PrivacyDatabase;

namespace Upjunoo.Infrastructure.Privacy.Policy;

/// <summary>Version 1 is built in (<see cref="FoundingPolicy"/>); later versions are rows of <c>policy_versions</c>.</summary>
public sealed class SqlPolicyVersions(PrivacyDatabase database) : IPolicyVersions
{
    public async Task<PolicyVersion> Current(CancellationToken cancellationToken) => (await All(cancellationToken))[^1];

    public async Task<IReadOnlyList<PolicyVersion>> All(CancellationToken cancellationToken)
    {
        await using var connection = await database.Open(cancellationToken);
        await using var command = ReadModelDatabase.Command(connection,
            "SELECT version, published_at, text_fr, text_en, published_by FROM policy_versions ORDER BY version");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var versions = new List<PolicyVersion> { FoundingPolicy.Version };
        while (await reader.ReadAsync(cancellationToken))
        {
            versions.Add(new PolicyVersion(Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture), At(reader.GetInt64(1)),
                reader.GetString(2), reader.GetString(3), reader.GetString(4)));
        }

        return versions;
    }

    public async Task<PolicyVersion> Publish(string textFr, string textEn, string publishedBy, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var next = new PolicyVersion((await Current(cancellationToken)).Version + 1, at, textFr, textEn, publishedBy);
        await using var connection = await database.Open(cancellationToken);
        await ReadModelDatabase.Execute(connection, """
            INSERT INTO policy_versions (version, published_at, text_fr, text_en, published_by) VALUES (@version, @at, @fr, @en, @by)
            """, cancellationToken, ("@version", next.Version), ("@at", Ms(at)), ("@fr", textFr), ("@en", textEn), ("@by", publishedBy));
        return next;
    }
}
