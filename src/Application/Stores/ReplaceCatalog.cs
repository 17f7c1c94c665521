using Mediator;
using Upjunoo.Application.Common;
using Upjunoo.Domain.Common;
using Upjunoo.Domain.Identity;
using Upjunoo.Domain.Stores;

namespace Upjunoo.Application.Stores;

/// <summary>The store's owner replaces its catalogue; products without an id get one.</summary>
public sealed record ReplaceCatalog(Caller Caller, string StoreId, IReadOnlyList<ProductInput>? Products) : IRequest<Outcome<CatalogView>>;

public sealed class ReplaceCatalogHandler(StoreGateway stores, IIdGenerator ids, TimeProvider clock) : IRequestHandler<ReplaceCatalog, Outcome<CatalogView>>
{
    public async ValueTask<Outcome<CatalogView>> Handle(ReplaceCatalog request, CancellationToken cancellationToken)
    {
        if (!Ids.LooksValid(request.StoreId))
        {
            return StoreAccess.NotFound;
        }

        if (request.Products is null || request.Products.Any(p => p?.Price is null))
        {
            return Rejection.Invalid("store.invalid-product", "Every product needs a name and a price {amount, currency}.", "products");
        }

        var products = request.Products
            .Select(p => new Product(p.ProductId ?? ids.NewId(), p.Name ?? "", p.Price!.Value, p.Available ?? true, p.Category))
            .ToList();
        var role = request.Caller.Has(Role.Store) ? Role.Store : Role.Customer;
        var now = clock.GetUtcNow();
        var reply = await stores.Send(request.StoreId, new StoreCommand.ReplaceCatalog(products, request.Caller.AccountId, role, now), cancellationToken);
        return reply.Rejection is { } rejection ? rejection : CatalogView.Of(reply.State, now);
    }
}

public static class StoreAccess
{
    public static Rejection NotFound { get; } = Rejection.NotFound("store.not-found", "No such store.");
}
