using System.Data.Common;

namespace Upjunoo.Infrastructure.ReadModels;

/// <summary>Opens a connection to the journal's database with a feature's read-model tables in place.</summary>
public interface IReadModelConnections
{
    Task<DbConnection> Open(CancellationToken cancellationToken);
}
