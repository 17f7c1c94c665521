using Akka.Actor;
using Akka.Hosting;
using Upjunoo.Application.Privacy.Requests;
using Upjunoo.Domain.Accounts;
using Upjunoo.Infrastructure.Entities;
using Upjunoo.Infrastructure.Trips;

namespace Upjunoo.Infrastructure.Privacy.Rights;

/// <summary>
/// Erases the person's key, then has their account and trip entities reload from the journal (<see cref="Forget"/>),
/// so that running entities stop holding decrypted copies of their data.
/// </summary>
public sealed class SubjectErasure(SubjectKeyStore keys, ActorRegistry registry) : ISubjectErasure
{
    public async Task Erase(string subjectId, IReadOnlyCollection<string> tripIds, CancellationToken cancellationToken)
    {
        keys.Erase(subjectId);
        (await registry.GetAsync<Account>(cancellationToken)).Tell(new EntityEnvelope(subjectId, Forget.Instance));
        var trips = await registry.GetAsync<TripActor>(cancellationToken);
        foreach (var tripId in tripIds)
        {
            trips.Tell(new EntityEnvelope(tripId, Forget.Instance));
        }
    }

    public bool IsErased(string subjectId) => keys.IsErased(subjectId);
}
