namespace Upjunoo.Domain.Privacy;

/// <summary>
/// Marks the event that ends an entity's retention (R18): once it is stored, the entity deletes every earlier event
/// and its snapshots from the journal, keeping only this one (which carries no personal data).
/// </summary>
#pragma warning disable CA1040 // a marker interface is the point: the entity shell reacts to it.
public interface IPurgesJournal;
#pragma warning restore CA1040
