using Upjunoo.Application.Accounts;
using Upjunoo.Application.Privacy.Consents;
using Upjunoo.Application.Privacy.Ledger;
using Upjunoo.Application.Trips;

namespace Upjunoo.Application.Privacy.Requests;

/// <summary>
/// A copy of everything held on a person (R20 access / export), by data category, as structured JSON: the account
/// (identity, contact, e-mail), devices, consents, trips (order data), privacy requests, disclosures and staff accesses.
/// </summary>
public sealed record PersonalArchive(
    string SubjectId,
    DateTimeOffset GeneratedAt,
    int PolicyVersion,
    ArchiveCategories Categories);

public sealed record ArchiveCategories(
    ProfileView? Identity,
    IReadOnlyList<DeviceView> Device,
    ConsentsView Consents,
    IReadOnlyList<ArchivedTrip> OrderData,
    IReadOnlyList<PrivacyRequestSummary> PrivacyRequests,
    IReadOnlyList<Disclosure> Disclosures,
    IReadOnlyList<StaffAccess> StaffAccesses);

public sealed record ArchivedTrip(TripHistoryItem Summary, TripView? Detail);
