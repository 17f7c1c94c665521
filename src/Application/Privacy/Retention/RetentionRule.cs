using Upjunoo.Domain.Privacy;

namespace Upjunoo.Application.Privacy.Retention;

/// <summary>
/// One destruction rule of R18, run by the scheduled retention job. <see cref="Purge"/> destroys what is older than its
/// period and returns how much it destroyed; it must leave alone anything whose subject (person or case) is in
/// <see cref="RetentionPass.Held"/>.
/// </summary>
public sealed record RetentionRule(string Name, DataCategory Category, Func<RetentionPass, CancellationToken, Task<int>> Purge);

/// <summary>One run of the job: the time it runs at and the subjects under a legal hold at that time.</summary>
public sealed record RetentionPass(DateTimeOffset Now, IReadOnlySet<string> Held);
