using Upjunoo.Domain.Countries;

namespace Upjunoo.Domain.Stores;

/// <summary>One item of a store's catalogue, priced in the currency of the store's country.</summary>
public sealed record Product(string ProductId, string Name, Money Price, bool Available, string? Category);
