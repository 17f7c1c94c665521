using Mediator;
using Upjunoo.Application.Common;
using Upjunoo.Domain.Common;

namespace Upjunoo.Application.Stores;

/// <summary>A store's products with prices, and whether it takes orders now.</summary>
public sealed record GetCatalog(Caller Caller, string StoreId) : IRequest<Outcome<CatalogView>>;

public sealed class GetCatalogHandler(StoreGateway stores, TimeProvider clock) : IRequestHandler<GetCatalog, Outcome<CatalogView>>
{
    public async ValueTask<Outcome<CatalogView>> Handle(GetCatalog request, CancellationToken cancellationToken)
    {
        if (!Ids.LooksValid(request.StoreId))
        {
            return StoreAccess.NotFound;
        }

        var store = await stores.Get(request.StoreId, cancellationToken);
        return store.Exists ? CatalogView.Of(store, clock.GetUtcNow()) : StoreAccess.NotFound;
    }
}
