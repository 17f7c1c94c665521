namespace Upjunoo.Domain.Common;

/// <summary>
/// Marks every type written to the journal, the snapshot store or sent between nodes. Each one carries a
/// <see cref="PersistedAsAttribute"/> with its stable manifest; a test fails when one does not.
/// </summary>
#pragma warning disable CA1040 // a marker interface is the point: the serializer binds to it.
public interface IPersisted;
#pragma warning restore CA1040
