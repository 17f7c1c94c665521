using System.Collections.Concurrent;
using Upjunoo.Simulator.Api;

namespace Upjunoo.Simulator.Agents;

/// <summary>
/// What the simulator saw of every delivery order, for the same checks as trips: every order the host created is still
/// readable by its customer at the end, and no courier ever holds two jobs at once.
/// </summary>
public sealed class OrderLedger
{
    private readonly ConcurrentDictionary<string, TrackedOrder> _orders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _jobByCourier = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _violations = new();

    public IReadOnlyCollection<TrackedOrder> Orders => (IReadOnlyCollection<TrackedOrder>)_orders.Values;

    public IReadOnlyCollection<string> Violations => _violations;

    public void Violation(string what) => _violations.Enqueue(what);

    /// <summary>The host answered 201 with this id: from now on it must never be lost.</summary>
    public void Created(string orderId, Session customer) => _orders.TryAdd(orderId, new TrackedOrder(orderId, customer));

    public void Observed(string orderId, string status)
    {
        if (_orders.TryGetValue(orderId, out var order))
        {
            order.LastStatus = status;
        }
    }

    public int Open => _orders.Values.Count(o => !Wire.IsOrderTerminal(o.LastStatus));

    /// <summary>The host gave this courier the order: the courier must not hold another open job.</summary>
    public void JobStarted(string courierId, string orderId)
    {
        var previous = _jobByCourier.AddOrUpdate(courierId, orderId, (_, current) => current);
        if (previous != orderId)
        {
            Violation($"courier {courierId} was accepted on order {orderId} while still on order {previous}");
            _jobByCourier[courierId] = orderId;
        }
    }

    public void JobEnded(string courierId, string orderId) =>
        _jobByCourier.TryRemove(new KeyValuePair<string, string>(courierId, orderId));

    public IReadOnlyDictionary<string, int> ByStatus() =>
        _orders.Values.GroupBy(o => o.LastStatus).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}

public sealed class TrackedOrder(string orderId, Session customer)
{
    public string OrderId { get; } = orderId;

    public Session Customer { get; } = customer;

    public string LastStatus { get; set; } = "placed";
}
