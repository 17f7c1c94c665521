using Upjunoo.Application.Common;
using Upjunoo.Domain.Common;
using Upjunoo.Domain.Identity;
using Upjunoo.Domain.Orders;

namespace Upjunoo.Application.Orders;

/// <summary>
/// Who may see an order and in which capacity they act on it: its customer, its store's owner, the assigned or offered
/// courier, and support. Anyone else gets "not found", so an order's existence is not revealed to strangers.
/// </summary>
public static class OrderAccess
{
    public static Rejection NotFound { get; } = Rejection.NotFound("order.not-found", "No such order.");

    public static OrderParty? PartyOf(Caller caller, OrderState order)
    {
        if (!order.Exists)
        {
            return null;
        }

        if (order.CustomerId == caller.AccountId)
        {
            return OrderParty.Customer(caller.AccountId);
        }

        if (order.StoreOwnerId == caller.AccountId)
        {
            return OrderParty.Store(caller.AccountId);
        }

        if (order.Courier?.CourierId == caller.AccountId || order.PendingOffer?.CourierId == caller.AccountId)
        {
            return OrderParty.Courier(caller.AccountId);
        }

        return caller.Has(Role.Support) ? OrderParty.Support(caller.AccountId) : null;
    }

    public static bool MaySee(Caller caller, OrderState order) => PartyOf(caller, order) is not null;
}
