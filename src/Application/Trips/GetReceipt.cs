using Mediator;
using Upjunoo.Application.Common;
using Upjunoo.Application.Localization;
using Upjunoo.Domain.Common;
using Upjunoo.Domain.Countries;
using Upjunoo.Domain.Identity;
using Upjunoo.Domain.Trips;

namespace Upjunoo.Application.Trips;

/// <summary>The receipt of a trip, in the caller's language and the trip's currency (R4, R30).</summary>
public sealed record GetReceipt(Caller Caller, string TripId) : IRequest<Outcome<ReceiptView>>;

public sealed record ReceiptView(
    string TripId, string Title, string Language, string Issuer, IReadOnlyList<ReceiptLineView> Lines, ReceiptLineView Total,
    string PaymentMethod, int? DistanceM, int? DurationSeconds, DateTimeOffset At);

public sealed record ReceiptLineView(string Label, Money Amount, string Text);

public sealed class GetReceiptHandler(TripGateway trips) : IRequestHandler<GetReceipt, Outcome<ReceiptView>>
{
    public async ValueTask<Outcome<ReceiptView>> Handle(GetReceipt request, CancellationToken cancellationToken)
    {
        var trip = await trips.Get(request.TripId, cancellationToken);
        if (!TripAccess.MaySee(request.Caller, trip))
        {
            return TripAccess.NotFound;
        }

        if (Receipt.For(trip) is not { } receipt)
        {
            return Rejection.Conflict("trip.no-receipt", "A receipt exists once the trip is completed (or cancelled with a fee).");
        }

        var language = request.Caller.Language;
        var lines = receipt.Lines.Select(l => Line("receipt.line." + Camel(l.Kind.ToString()), l.Amount, language)).ToList();
        return new ReceiptView(
            receipt.TripId,
            Texts.Get("receipt.title", language),
            language.ToString().ToLowerInvariant(),
            Texts.Get("receipt.company", language, Countries.Of(receipt.Country).OperatingCompany),
            lines,
            Line("receipt.total", receipt.Total, language),
            Texts.Get("receipt.payment." + Camel(receipt.PaymentMethod.ToString()), language),
            receipt.DistanceM,
            receipt.DurationSeconds,
            receipt.At);
    }

    private static ReceiptLineView Line(string key, Money amount, Language language)
    {
        var label = Texts.Get(key, language);
        return new ReceiptLineView(label, amount, $"{label} : {MoneyText.Of(amount, language)}".Replace(" : ", language == Language.Fr ? " : " : ": ", StringComparison.Ordinal));
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
