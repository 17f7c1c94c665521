namespace Upjunoo.Application.Common;

/// <summary>
/// Marks a message that may travel between cluster nodes (commands to entities, their replies, region messages).
/// Infrastructure binds it to a System.Text.Json serializer; persisted types use the persistence serializer instead.
/// </summary>
#pragma warning disable CA1040 // a marker interface is the point: the serializer binds to it.
public interface IWireMessage;
#pragma warning restore CA1040
