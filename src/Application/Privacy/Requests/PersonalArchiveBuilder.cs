using System.Text.Json;
using System.Text.Json.Serialization;
using Upjunoo.Application.Accounts;
using Upjunoo.Application.Privacy.Consents;
using Upjunoo.Application.Privacy.Ledger;
using Upjunoo.Application.Privacy.Policy;
using Upjunoo.Application.Trips;

namespace Upjunoo.Application.Privacy.Requests;

/// <summary>Gathers a person's data from every store that holds it, into one <see cref="PersonalArchive"/>.</summary>
public sealed class PersonalArchiveBuilder(
    AccountGateway accounts, PrivacyProfileGateway profiles, TripGateway trips, ITripHistory history, IPrivacyRequestIndex requests,
    IDisclosureLedger disclosures, IStaffAccessLog staffAccesses, IPolicyVersions policies, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public async Task<PersonalArchive> Build(string subjectId, CancellationToken cancellationToken)
    {
        var account = await accounts.Get(subjectId, cancellationToken);
        var categories = new ArchiveCategories(
            account.IsRegistered ? ProfileView.Of(account) : null,
            [.. account.Devices.Select(DeviceView.Of)],
            ConsentsView.Of(await profiles.Get(subjectId, cancellationToken)),
            await Trips(subjectId, cancellationToken),
            await requests.Of(subjectId, cancellationToken),
            await disclosures.List(subjectId, 10_000, cancellationToken),
            await staffAccesses.Of(subjectId, cancellationToken));
        return new PersonalArchive(subjectId, clock.GetUtcNow(), (await policies.Current(cancellationToken)).Version, categories);
    }

    public static byte[] ToJson(PersonalArchive archive) => JsonSerializer.SerializeToUtf8Bytes(archive, Json);

    private async Task<IReadOnlyList<ArchivedTrip>> Trips(string subjectId, CancellationToken cancellationToken)
    {
        var all = new List<ArchivedTrip>();
        string? cursor = null;
        do
        {
            var page = await history.Of(subjectId, 100, cursor, cancellationToken);
            foreach (var item in page.Items)
            {
                var trip = await trips.Get(item.TripId, cancellationToken);
                all.Add(new ArchivedTrip(item, trip.Exists ? TripView.Of(trip) : null));
            }

            cursor = page.NextCursor;
        }
        while (cursor is not null);

        return all;
    }
}
