using Mediator;
using Upjunoo.Application.Common;
using Upjunoo.Domain.Identity;

namespace Upjunoo.Application.Privacy.Policy;

/// <summary>The policy in force, in the caller's language.</summary>
public sealed record GetPolicy(Language Language) : IRequest<Outcome<PolicyView>>;

public sealed class GetPolicyHandler(IPolicyVersions policies) : IRequestHandler<GetPolicy, Outcome<PolicyView>>
{
    public async ValueTask<Outcome<PolicyView>> Handle(GetPolicy request, CancellationToken cancellationToken)
    {
        var current = await policies.Current(cancellationToken);
        return new PolicyView(current.Version, current.PublishedAt, request.Language.ToString().ToLowerInvariant(), current.TextIn(request.Language));
    }
}

public sealed record GetPolicyVersions : IRequest<Outcome<IReadOnlyList<PolicyVersionView>>>;

public sealed class GetPolicyVersionsHandler(IPolicyVersions policies) : IRequestHandler<GetPolicyVersions, Outcome<IReadOnlyList<PolicyVersionView>>>
{
    public async ValueTask<Outcome<IReadOnlyList<PolicyVersionView>>> Handle(GetPolicyVersions request, CancellationToken cancellationToken) =>
        Outcome<IReadOnlyList<PolicyVersionView>>.Ok(
            [.. (await policies.All(cancellationToken)).Select(v => new PolicyVersionView(v.Version, v.PublishedAt, v.PublishedBy))]);
}
