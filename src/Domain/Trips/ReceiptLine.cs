using Upjunoo.Domain.Countries;

namespace Upjunoo.Domain.Trips;

public sealed record ReceiptLine(ReceiptLineKind Kind, Money Amount);
