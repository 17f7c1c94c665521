using Upjunoo.Domain.Privacy;
using Upjunoo.Domain.Countries;

namespace Upjunoo.Domain.Stores;

/// <summary>One item of a store's catalogue, priced in the currency of the store's country.</summary>
public sealed record Product(string ProductId, [property: NotPersonal("a product of a business catalogue")] string Name, Money Price, bool Available, string? Category);
