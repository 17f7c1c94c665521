using Upjunoo.Domain.Privacy;
using Upjunoo.Domain.Countries;

namespace Upjunoo.Domain.Orders;

/// <summary>One line of an order, with the product's name and price as they were when the order was placed.</summary>
public sealed record OrderLine(string ProductId, [property: NotPersonal("a product of a business catalogue")] string Name, Money UnitPrice, int Quantity)
{
    public Money LineTotal => UnitPrice with { Amount = UnitPrice.Amount * Quantity };
}
