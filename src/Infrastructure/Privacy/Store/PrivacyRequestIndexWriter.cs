using System.Data.Common;
using Akka.Persistence.Query;
using Upjunoo.Application.Privacy.Requests;
using Upjunoo.Domain.Privacy.Requests;
using Upjunoo.Infrastructure.ReadModels;
using static Upjunoo.Domain.Privacy.Requests.PrivacyRequestEvent.V1;

namespace Upjunoo.Infrastructure.Privacy.Store;

/// <summary>Keeps <c>privacy_requests</c> (the DPO queue) from request events: ids, type, status and dates only.</summary>
public static class PrivacyRequestIndexWriter
{
    public const string Name = "privacy-requests";

    public static Task Apply(DbConnection connection, EventEnvelope envelope)
    {
        if (envelope.Event is not PrivacyRequestEvent e || !envelope.PersistenceId.StartsWith("privacy-request-", StringComparison.Ordinal))
        {
            return Task.CompletedTask;
        }

        var id = envelope.PersistenceId["privacy-request-".Length..];
        return e switch
        {
            Received r => ReadModelDatabase.Execute(connection, """
                INSERT INTO privacy_requests (request_id, requester_id, type, status, received_at, due_at, updated_at)
                VALUES (@id, @requester, @type, 'received', @at, @due, @at)
                ON CONFLICT (request_id) DO NOTHING
                """, CancellationToken.None, ("@id", id), ("@requester", r.RequesterId), ("@type", PrivacyRequestView.Name(r.Type)),
                ("@at", r.At.ToUnixTimeMilliseconds()), ("@due", r.DueAt.ToUnixTimeMilliseconds())),
            Started s => Status(connection, id, PrivacyRequestStatus.InProgress, s.At),
            Completed c => Status(connection, id, PrivacyRequestStatus.Completed, c.At),
            Rejected r => Status(connection, id, PrivacyRequestStatus.Rejected, r.At),
            _ => Task.CompletedTask,
        };
    }

    private static Task<int> Status(DbConnection connection, string id, PrivacyRequestStatus status, DateTimeOffset at) =>
        ReadModelDatabase.Execute(connection, "UPDATE privacy_requests SET status = @status, updated_at = @at WHERE request_id = @id",
            CancellationToken.None, ("@id", id), ("@status", PrivacyRequestView.Name(status)), ("@at", at.ToUnixTimeMilliseconds()));
}
