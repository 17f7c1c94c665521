using Upjunoo.Application.Accounts;
using Upjunoo.Domain.Countries;
using Upjunoo.Domain.Identity;
using Upjunoo.Infrastructure.ReadModels;
using static Upjunoo.Infrastructure.Privacy.Store.PrivacyDatabase;

namespace Upjunoo.Infrastructure.Privacy.Store;

public sealed class SqlAccountDirectory(PrivacyDatabase database) : IAccountDirectory
{
    public Task<IReadOnlyList<DirectoryEntry>> Open(CancellationToken cancellationToken) => Where("closed_at IS NULL", cancellationToken);

    public Task<IReadOnlyList<DirectoryEntry>> Closed(CancellationToken cancellationToken) => Where("closed_at IS NOT NULL", cancellationToken);

    private async Task<IReadOnlyList<DirectoryEntry>> Where(string condition, CancellationToken cancellationToken)
    {
        await using var connection = await database.Open(cancellationToken);
        await using var command = ReadModelDatabase.Command(connection,
            $"SELECT account_id, language, country, closed_at FROM account_directory WHERE {condition} ORDER BY registered_at");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<DirectoryEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new DirectoryEntry(reader.GetString(0), Enum.Parse<Language>(reader.GetString(1)), Enum.Parse<CountryCode>(reader.GetString(2)), At(reader, 3)));
        }

        return list;
    }
}
