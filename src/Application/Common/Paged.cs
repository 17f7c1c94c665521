namespace Upjunoo.Application.Common;

/// <summary>A page of a list: <c>{ items, nextCursor }</c>.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, string? NextCursor);
