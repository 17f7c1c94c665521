using System.Collections.Concurrent;
using Upjunoo.Application.Privacy.Retention;

namespace Upjunoo.Infrastructure.Privacy.Retention;

public sealed class RetentionRules : IRetentionRules
{
    private readonly ConcurrentQueue<RetentionRule> _rules = new();

    public void Register(RetentionRule rule) => _rules.Enqueue(rule);

    public IReadOnlyList<RetentionRule> All => [.. _rules];
}
