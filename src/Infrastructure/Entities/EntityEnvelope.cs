namespace Upjunoo.Infrastructure.Entities;

/// <summary>A message for one sharded entity.</summary>
public sealed record EntityEnvelope(string EntityId, object Message) : Application.Common.IWireMessage;
