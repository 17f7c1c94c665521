using System.Security.Cryptography;
using Upjunoo.Infrastructure.Persistence;
using Upjunoo.Infrastructure.Privacy;
using Upjunoo.Infrastructure.Tests.Support;

namespace Upjunoo.Infrastructure.Tests.Privacy;

public abstract class SubjectKeyStoreSpec : IDisposable
{
    private readonly TestKeys _keys;

    protected SubjectKeyStoreSpec(DatabaseSetup? database) => _keys = new TestKeys(database);

    [Fact]
    public void A_subject_gets_one_random_256_bit_key_that_every_node_reads_back()
    {
        var subject = TestKeys.NewSubject();

        var key = _keys.Store.KeyFor(subject);

        Assert.Equal(32, key.Length);
        Assert.Equal(key, _keys.Store.KeyFor(subject));
        using var otherNode = _keys.OtherNode();
        Assert.Equal(key, otherNode.KeyFor(subject));
        Assert.NotEqual(key, _keys.Store.KeyFor(TestKeys.NewSubject()));
    }

    [Fact]
    public void Erasing_deletes_the_key_and_keeps_a_tombstone_so_erased_is_not_never_existed()
    {
        var subject = TestKeys.NewSubject();
        _keys.Store.KeyFor(subject);

        _keys.Store.Erase(subject);
        _keys.Store.Erase(subject);

        using var otherNode = _keys.OtherNode();
        Assert.True(otherNode.IsErased(subject));
        Assert.False(otherNode.TryGetExistingKey(subject, out _));
        Assert.Throws<SubjectErasedException>(() => otherNode.KeyFor(subject));
        var (wrappedKeyIsNull, erasedAtIsSet) = Row(subject);
        Assert.True(wrappedKeyIsNull);
        Assert.True(erasedAtIsSet);

        var never = TestKeys.NewSubject();
        Assert.False(otherNode.IsErased(never));
        Assert.Throws<InvalidOperationException>(() => otherNode.TryGetExistingKey(never, out _));
    }

    [Fact]
    public void A_subject_erased_before_having_a_key_can_never_get_one()
    {
        var subject = TestKeys.NewSubject();

        _keys.Store.Erase(subject);

        Assert.Throws<SubjectErasedException>(() => _keys.Store.KeyFor(subject));
    }

    [Fact]
    public void A_wrong_master_key_is_a_clear_error_naming_the_setting()
    {
        var subject = TestKeys.NewSubject();
        _keys.Store.KeyFor(subject);

        using var wrong = _keys.OtherNode(RandomNumberGenerator.GetBytes(32));

        var error = Assert.Throws<InvalidMasterKeyException>(() => wrong.KeyFor(subject));
        Assert.Contains(MasterKey.ConfigurationKey, error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidMasterKeyException>(() => new MasterKey(new byte[16]));
        Assert.Throws<InvalidMasterKeyException>(() => MasterKey.Load("not base64!", Path.GetTempPath()));
    }

    private (bool WrappedKeyIsNull, bool ErasedAtIsSet) Row(string subject)
    {
        using var connection = _keys.Database.CreateConnection();
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT wrapped_key IS NULL, erased_at IS NOT NULL FROM subject_keys WHERE subject_id = '{subject}'";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        return (Convert.ToBoolean(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture),
            Convert.ToBoolean(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture));
    }

    public void Dispose()
    {
        _keys.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteSubjectKeyStoreSpec() : SubjectKeyStoreSpec(null);

[Trait("Category", "Postgres")]
public sealed class PostgresSubjectKeyStoreSpec() : SubjectKeyStoreSpec(
    new DatabaseSetup(new PersistenceSettings { Provider = "postgres", ConnectionString = TestPostgres.ConnectionString }, Path.GetTempPath()));
