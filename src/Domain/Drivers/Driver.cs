using Upjunoo.Domain.Common;
using static Upjunoo.Domain.Drivers.DriverEvent.V1;

namespace Upjunoo.Domain.Drivers;

/// <summary>
/// The availability of one driver or courier (R33): Offline → Available → Offered → Busy → Available.
/// Only an available driver can be offered a job, so no driver ever holds two.
/// </summary>
public sealed class Driver : IDecider<DriverState, DriverCommand, DriverEvent>
{
    public static DriverState Initial => DriverState.Offline;

    public static Decision<DriverEvent> Decide(DriverCommand command, DriverState state) => command switch
    {
        DriverCommand.GoOnline c => state.Status == DriverStatus.Offline
            ? Decision<DriverEvent>.Accept(new WentOnline(c.Now))
            : Decision<DriverEvent>.Nothing,
        DriverCommand.GoOffline c => GoOffline(c, state),
        DriverCommand.Offer c => Offer(c, state),
        DriverCommand.AcceptOffer c => Accept(c, state),
        DriverCommand.DeclineOffer c => Decline(c, state),
        DriverCommand.ExpireOffer c => state.HasOffer(c.JobId) && c.Now >= state.OfferExpiresAt
            ? Decision<DriverEvent>.Accept(new OfferExpired(c.JobId, c.Now))
            : Decision<DriverEvent>.Nothing,
        DriverCommand.ReleaseJob c => state.HasOffer(c.JobId) || state.IsBusyWith(c.JobId)
            ? Decision<DriverEvent>.Accept(new JobReleased(c.JobId, c.Now))
            : Decision<DriverEvent>.Nothing,
        DriverCommand.RecordRating c => Rate(c, state),
        DriverCommand.FlagImpossibleJump c => double.IsFinite(c.ImpliedSpeedMps) && c.ImpliedSpeedMps > 0
            ? Decision<DriverEvent>.Accept(new ImpossibleJumpFlagged(c.ImpliedSpeedMps, c.PingAt, c.Now))
            : Rejection.Invalid("driver.invalid-signal", "A fraud signal needs a positive speed."),
        _ => throw new ArgumentOutOfRangeException(nameof(command)),
    };

    private static Decision<DriverEvent> GoOffline(DriverCommand.GoOffline c, DriverState state) => state.Status switch
    {
        DriverStatus.Offline => Decision<DriverEvent>.Nothing,
        DriverStatus.Busy => Rejection.Conflict("driver.busy", "Finish or hand back the current job before going offline."),
        DriverStatus.Offered => Decision<DriverEvent>.Accept(new OfferDeclined(state.JobId!, c.Now), new WentOffline(c.Now)),
        _ => Decision<DriverEvent>.Accept(new WentOffline(c.Now)),
    };

    private static Decision<DriverEvent> Offer(DriverCommand.Offer c, DriverState state)
    {
        if (state.HasOffer(c.JobId) || state.IsBusyWith(c.JobId))
        {
            return Decision<DriverEvent>.Nothing;
        }

        if (!Ids.LooksValid(c.JobId) || c.ExpiresAt <= c.Now)
        {
            return Rejection.Invalid("driver.invalid-offer", "An offer needs a job id and an expiry in the future.");
        }

        var received = new OfferReceived(c.JobKind, c.JobId, c.ExpiresAt, c.Now);

        // A stale offer whose timer was lost must not keep the driver reserved forever.
        if (state.Status == DriverStatus.Offered && c.Now >= state.OfferExpiresAt)
        {
            return Decision<DriverEvent>.Accept(new OfferExpired(state.JobId!, c.Now), received);
        }

        return state.IsFree
            ? Decision<DriverEvent>.Accept(received)
            : Rejection.Conflict("driver.not-free", "This driver is offline or already has a job.");
    }

    private static Decision<DriverEvent> Accept(DriverCommand.AcceptOffer c, DriverState state)
    {
        if (state.IsBusyWith(c.JobId))
        {
            return Decision<DriverEvent>.Nothing;
        }

        if (!state.HasOffer(c.JobId))
        {
            return Rejection.NotFound("driver.offer-not-found", "There is no pending offer for this job.");
        }

        return c.Now >= state.OfferExpiresAt
            ? Rejection.Conflict("driver.offer-expired", "The offer has expired.")
            : Decision<DriverEvent>.Accept(new OfferAccepted(state.JobKind!.Value, c.JobId, c.Now));
    }

    private static Decision<DriverEvent> Decline(DriverCommand.DeclineOffer c, DriverState state)
    {
        if (state.IsBusyWith(c.JobId))
        {
            return Rejection.Conflict("driver.offer-already-accepted", "This job was accepted; cancel it instead.");
        }

        return state.HasOffer(c.JobId)
            ? Decision<DriverEvent>.Accept(new OfferDeclined(c.JobId, c.Now))
            : Decision<DriverEvent>.Nothing;
    }

    private static Decision<DriverEvent> Rate(DriverCommand.RecordRating c, DriverState state)
    {
        if (c.Stars is < DriverRules.MinStars or > DriverRules.MaxStars)
        {
            return Rejection.Invalid("driver.invalid-stars", "A rating is 1 to 5 stars.", "stars");
        }

        return state.RecentlyRatedJobs.Contains(c.JobId)
            ? Decision<DriverEvent>.Nothing
            : Decision<DriverEvent>.Accept(new RatingRecorded(c.JobId, c.Stars, c.Now));
    }

    public static DriverState Evolve(DriverState state, DriverEvent @event) => @event switch
    {
        WentOnline => Free(state),
        WentOffline => Free(state) with { Status = DriverStatus.Offline },
        OfferReceived e => state with
        {
            Status = DriverStatus.Offered, JobKind = e.JobKind, JobId = e.JobId, OfferExpiresAt = e.ExpiresAt,
            OffersReceived = state.OffersReceived + 1,
        },
        OfferAccepted e => state with
        {
            Status = DriverStatus.Busy, JobKind = e.JobKind, JobId = e.JobId, OfferExpiresAt = null,
            OffersAccepted = state.OffersAccepted + 1,
        },
        OfferDeclined or OfferExpired or JobReleased => Free(state),
        RatingRecorded e => state with
        {
            RatingCount = state.RatingCount + 1,
            RatingSum = state.RatingSum + e.Stars,
            RecentlyRatedJobs = [.. state.RecentlyRatedJobs.TakeLast(DriverRules.RememberedRatings - 1), e.JobId],
        },
        _ => state,
    };

    private static DriverState Free(DriverState state) =>
        state with { Status = DriverStatus.Available, JobKind = null, JobId = null, OfferExpiresAt = null };
}
