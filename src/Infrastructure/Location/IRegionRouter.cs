namespace Upjunoo.Infrastructure.Location;

/// <summary>
/// Delivers region messages to the region of their <see cref="IRegionMessage.Cell"/>, wherever it runs: local
/// children (<see cref="LocalRegionRouter"/>) or a cluster shard region (<see cref="ShardRegionRouter"/>).
/// The cell is read from the message — the same property a sharding extractor uses — so the two cannot disagree.
/// </summary>
public interface IRegionRouter
{
    void Tell(IRegionMessage message);

    Task<object> Ask(IRegionMessage message, TimeSpan timeout, CancellationToken cancellationToken);
}
