using System.Text;
using Akka.Actor;
using Akka.TestKit.Xunit2;
using Upjunoo.Domain.Accounts;
using Upjunoo.Domain.Countries;
using Upjunoo.Domain.Fares;
using Upjunoo.Domain.Geo;
using Upjunoo.Domain.Identity;
using Upjunoo.Domain.Privacy;
using Upjunoo.Domain.Trips;
using Upjunoo.Infrastructure.Persistence;
using Upjunoo.Infrastructure.Privacy;
using Upjunoo.Infrastructure.Tests.Support;

namespace Upjunoo.Infrastructure.Tests.Privacy;

public sealed class EncryptedSerializationSpec : TestKit
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);
    private readonly TestKeys _keys = new();
    private readonly UpjunooSerializer _serializer;

    public EncryptedSerializationSpec() => _serializer = new UpjunooSerializer((ExtendedActorSystem)Sys, _keys.Protector);

    [Fact]
    public void A_registered_event_keeps_neither_name_phone_nor_email_in_clear_and_reads_back()
    {
        var subject = TestKeys.NewSubject();
        var registered = Registered(subject);

        var bytes = _serializer.ToBinary(registered);

        var json = Encoding.UTF8.GetString(bytes);
        Assert.DoesNotContain("Awa", json, StringComparison.Ordinal);
        Assert.DoesNotContain("5550123", json, StringComparison.Ordinal);
        Assert.DoesNotContain("awa@", json, StringComparison.Ordinal);
        Assert.Contains($"enc:v1:{subject}:", json, StringComparison.Ordinal);
        Assert.Equal(registered, Read(bytes, registered));
    }

    [Fact]
    public void After_erasure_the_same_bytes_read_with_erased_personal_fields_and_intact_other_fields()
    {
        var subject = TestKeys.NewSubject();
        var registered = Registered(subject);
        var bytes = _serializer.ToBinary(registered);

        _keys.Store.Erase(subject);

        var restored = Read(bytes, registered);
        Assert.Equal(Erased.Text, restored.Name);
        Assert.Equal(Erased.Text, restored.Phone);
        Assert.Equal(Erased.Text, restored.Email);
        Assert.Equal(registered with { Name = Erased.Text, Phone = Erased.Text, Email = Erased.Text }, restored);
    }

    [Fact]
    public void Events_without_a_subject_of_their_own_use_the_entity_subject_and_need_one()
    {
        var subject = TestKeys.NewSubject();
        var rectified = new AccountEvent.V1.Rectified("Awa K.", null, null, T0);

        var bytes = _serializer.ToBinary(new SubjectScoped(subject, rectified));

        Assert.Equal(_serializer.Manifest(rectified), _serializer.Manifest(new SubjectScoped(subject, rectified)));
        Assert.Contains($"enc:v1:{subject}:", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        Assert.Equal(rectified, Read(bytes, rectified));
        var error = Assert.Throws<SerializationException>(() => _serializer.ToBinary(rectified));
        Assert.Contains("Rectified.Name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Erasing_the_rider_leaves_the_driver_readable_in_the_trip_and_the_other_way_round()
    {
        var (rider, driver) = (TestKeys.NewSubject(), TestKeys.NewSubject());
        var trip = Trip(rider, driver);
        var requested = new TripEvent.V1.Requested("t1", rider, "Awa", CountryCode.CI, trip.Pickup!, trip.Dropoff!, ServiceType.Standard,
            PaymentMethod.MobileMoney("orange", "tok_secret"), null, new Money(1500, "XOF"), T0);
        var assigned = new TripEvent.V1.DriverAssigned(driver, "Koffi", trip.Driver!.Vehicle, T0);
        var (tripBytes, requestedBytes, assignedBytes) = (_serializer.ToBinary(trip), _serializer.ToBinary(requested), _serializer.ToBinary(assigned));
        Assert.DoesNotContain("AB-123-CI", Encoding.UTF8.GetString(tripBytes), StringComparison.Ordinal);
        Assert.DoesNotContain("Cocody", Encoding.UTF8.GetString(tripBytes), StringComparison.Ordinal);

        _keys.Store.Erase(rider);

        var afterRider = Read(tripBytes, trip);
        Assert.Equal(Erased.Text, afterRider.RiderFirstName);
        Assert.Equal(new Place(GeoPoint.Erased, Erased.Text), afterRider.Pickup);
        Assert.True(afterRider.Dropoff!.Position.IsErased);
        Assert.Equal(Erased.Text, afterRider.Payment!.Token);
        Assert.Equal(Erased.Text, afterRider.RatingByRider!.Comment);
        Assert.Equal(trip.Driver, afterRider.Driver);
        Assert.Equal(trip.Attempts.Single(), afterRider.Attempts.Single());
        Assert.Equal(Erased.Text, Read(requestedBytes, requested).RiderFirstName);
        Assert.Equal(assigned, Read(assignedBytes, assigned));
        var rewritten = Read(_serializer.ToBinary(afterRider), trip);
        Assert.True(rewritten.Pickup!.Position.IsErased);
        Assert.Equal(trip.Driver, rewritten.Driver);

        _keys.Store.Erase(driver);

        var afterBoth = Read(tripBytes, trip);
        Assert.Equal(Erased.Text, afterBoth.Driver!.FirstName);
        Assert.Equal(Erased.Text, afterBoth.Driver.Vehicle.Plate);
        Assert.Equal("Toyota", afterBoth.Driver.Vehicle.Make);
        Assert.Equal(trip.Status, afterBoth.Status);
    }

    [Fact]
    public void Erasing_the_driver_leaves_the_rider_readable()
    {
        var (rider, driver) = (TestKeys.NewSubject(), TestKeys.NewSubject());
        var trip = Trip(rider, driver);
        var bytes = _serializer.ToBinary(trip);

        _keys.Store.Erase(driver);

        var restored = Read(bytes, trip);
        var expected = trip with { Driver = trip.Driver! with { FirstName = Erased.Text, Vehicle = trip.Driver.Vehicle with { Plate = Erased.Text } } };
        Assert.Equal(
            System.Text.Json.JsonSerializer.Serialize(expected, PersistenceJson.Options),
            System.Text.Json.JsonSerializer.Serialize(restored, PersistenceJson.Options));
    }

    [Fact]
    public void A_state_read_after_erasure_is_written_again_as_erased_without_a_new_key()
    {
        var subject = TestKeys.NewSubject();
        var bytes = _serializer.ToBinary(Registered(subject));
        _keys.Store.Erase(subject);
        var erased = Read(bytes, Registered(subject));

        var again = _serializer.ToBinary(erased);

        Assert.Contains(PersonalDataProtector.ErasedMarker(subject), Encoding.UTF8.GetString(again), StringComparison.Ordinal);
        Assert.Equal(erased, Read(again, erased));
        Assert.True(_keys.Store.IsErased(subject));
    }

    [Fact]
    public void Values_written_in_clear_before_encryption_still_read()
    {
        var registered = Registered(TestKeys.NewSubject());
        var clear = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(registered, PersistenceJson.Options);

        Assert.Equal(registered, Read(clear, registered));
    }

    [Fact]
    public void A_serializer_without_a_protector_refuses_personal_fields()
    {
        var bare = new UpjunooSerializer((ExtendedActorSystem)Sys);

        var error = Assert.Throws<SerializationException>(() => bare.ToBinary(Registered(TestKeys.NewSubject())));
        Assert.Contains("PersonalDataProtector", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_may_name_its_subject_property_even_through_a_path()
    {
        var json = new PersonalDataJson(_keys.Protector);
        var (author, owner) = (TestKeys.NewSubject(), TestKeys.NewSubject());
        var note = new Note(owner, "the owner's secret", new Party(author, PartyRole.Driver), "the author's remark");
        var bytes = json.Serialize(note, null);

        _keys.Store.Erase(author);

        var restored = (Note)json.Deserialize(bytes, typeof(Note))!;
        Assert.Equal(note with { Remark = Erased.Text }, restored);
    }

    private T Read<T>(byte[] bytes, T sample)
        where T : notnull => (T)_serializer.FromBinary(bytes, _serializer.Manifest(sample));

    private static AccountEvent.V1.Registered Registered(string subject) =>
        new(subject, "Awa Kouassi", "+14165550123", "awa@example.ci", CountryCode.CI, Language.Fr, T0);

    private static TripState Trip(string rider, string driver) => TripState.Empty with
    {
        TripId = "t1",
        RiderId = rider,
        RiderFirstName = "Awa",
        Country = CountryCode.CI,
        Pickup = new Place(new GeoPoint(5.35, -3.99), "Cocody, rue des Jardins"),
        Dropoff = new Place(new GeoPoint(5.30, -4.01), null),
        Payment = PaymentMethod.MobileMoney("orange", "tok_secret"),
        FareEstimate = new Money(1500, "XOF"),
        Status = TripStatus.Completed,
        Attempts = [new DispatchAttempt(driver, T0, T0.AddSeconds(20), OfferOutcome.Accepted)],
        Driver = new AssignedDriver(driver, "Koffi", new Vehicle("Toyota", "Corolla", "AB-123-CI", "white"), T0),
        RatingByRider = new TripRating(5, "great ride", T0),
        Timeline = [new TimelineEntry(TripStatus.Requested, T0)],
    };

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _keys.Dispose();
    }

    /// <summary>A record whose two personal fields belong to two people, named by property and by path.</summary>
    public sealed record Note(
        [property: DataSubject] string OwnerId,
        [property: Personal(DataCategory.Forms)] string Secret,
        Party By,
        [property: Personal(DataCategory.OrderComments, SubjectProperty = "By.AccountId")] string Remark);
}
