using Upjunoo.Domain.Privacy;

namespace Upjunoo.Domain.Trips;

/// <summary>
/// How the rider pays. Card and mobile money carry the payment provider's name and its token for the
/// rider's instrument; raw card data never reaches the backend (R7).
/// </summary>
public sealed record PaymentMethod(
    PaymentKind Kind,
    string? Provider,
    [property: Personal(DataCategory.BankTokens)] string? Token)
{
    public static PaymentMethod Cash { get; } = new(PaymentKind.Cash, null, null);

    public static PaymentMethod Card(string provider, string token) => new(PaymentKind.Card, provider, token);

    public static PaymentMethod MobileMoney(string provider, string token) => new(PaymentKind.MobileMoney, provider, token);

    public bool IsValid => Kind == PaymentKind.Cash
        ? Token is null
        : !string.IsNullOrWhiteSpace(Provider) && !string.IsNullOrWhiteSpace(Token);
}
