using Upjunoo.Application.Privacy.Ledger;
using Upjunoo.Infrastructure.ReadModels;
using static Upjunoo.Infrastructure.Privacy.Store.PrivacyDatabase;

namespace Upjunoo.Infrastructure.Privacy.Store;

public sealed class SqlDisclosureLedger(PrivacyDatabase database) : IDisclosureLedger
{
    public async Task Record(Disclosure d, CancellationToken cancellationToken)
    {
        await using var connection = await database.Open(cancellationToken);
        await ReadModelDatabase.Execute(connection, """
            INSERT INTO disclosures (disclosure_id, recipient, recipient_kind, country, legal_basis, categories, subject_id, disclosed_at, disclosed_by)
            VALUES (@id, @recipient, @kind, @country, @basis, @categories, @subject, @at, @by)
            """, cancellationToken,
            ("@id", d.Id), ("@recipient", d.Recipient), ("@kind", d.RecipientKind), ("@country", d.Country), ("@basis", d.LegalBasis),
            ("@categories", string.Join(',', d.Categories)), ("@subject", d.SubjectId), ("@at", Ms(d.At)), ("@by", d.By));
    }

    public async Task<IReadOnlyList<Disclosure>> List(string? subjectId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.Open(cancellationToken);
        await using var command = ReadModelDatabase.Command(connection,
            "SELECT disclosure_id, recipient, recipient_kind, country, legal_basis, categories, subject_id, disclosed_at, disclosed_by FROM disclosures"
            + (subjectId is null ? "" : " WHERE subject_id = @subject") + " ORDER BY disclosed_at DESC LIMIT @limit",
            ("@subject", subjectId), ("@limit", limit));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<Disclosure>();
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new Disclosure(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetString(5).Split(',', StringSplitOptions.RemoveEmptyEntries), reader.GetString(6), At(reader.GetInt64(7)), reader.GetString(8)));
        }

        return list;
    }
}
