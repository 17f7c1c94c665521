using System.Data.Common;
using Akka.Actor;
using Akka.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Upjunoo.Application.Common;
using Upjunoo.Domain.Accounts;
using Upjunoo.Domain.Countries;
using Upjunoo.Domain.Identity;
using Upjunoo.Infrastructure.Cluster;
using Upjunoo.Infrastructure.Entities;
using Upjunoo.Infrastructure.Persistence;
using Upjunoo.Infrastructure.Privacy;

namespace Upjunoo.Infrastructure.Tests.Persistence;

/// <summary>
/// The real persistence set-up of the host (<c>WithUpjunooPersistence</c>) against a real database: an account is
/// written, the actor system is stopped, a new one recovers the account from the journal.
/// </summary>
public abstract class SqlPersistenceSpec
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);
    private static readonly byte[] MasterKeyBytes = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);

    protected abstract DatabaseSetup Database();

    private static async Task<IHost> StartNode(DatabaseSetup database)
    {
        var keys = new SubjectKeyStore(database, new MasterKey(MasterKeyBytes));
        var host = new HostBuilder()
            .ConfigureServices(services => services
                .AddAkka("persistence-spec", builder => builder.WithUpjunooPersistence(database, new PersonalDataProtector(keys))))
            .Build();
        await host.StartAsync();
        return host;
    }

    private static IActorRef AccountActor(IHost host, string id) =>
        host.Services.GetRequiredService<ActorSystem>()
            .ActorOf(Props.Create(() => new DeciderActor<Account, AccountState, AccountCommand, AccountEvent>("account", id, 100)));

    [Fact]
    public async Task An_account_is_recovered_from_the_journal_by_a_new_actor_system()
    {
        var database = Database();
        var id = "spec-" + Guid.NewGuid().ToString("N");
        using (var node = await StartNode(database))
        {
            var reply = await AccountActor(node, id).Ask<EntityReply<AccountState, AccountEvent>>(
                new Execute<AccountCommand>(new AccountCommand.Register(id, "Marie Tremblay", "+14165550123", null, CountryCode.CA, Language.Fr, T0)),
                TimeSpan.FromSeconds(20));
            Assert.Null(reply.Rejection);
            await node.StopAsync();
        }

        using (var node = await StartNode(database))
        {
            var state = await AccountActor(node, id).Ask<AccountState>(GetState.Instance, TimeSpan.FromSeconds(20));
            Assert.Equal("Marie Tremblay", state.Name);
            Assert.Equal([Role.Customer], state.Roles);
            await node.StopAsync();
        }

        await using var connection = database.CreateConnection();
        await connection.OpenAsync();
        var rows = await Rows(connection, $"SELECT manifest, identifier FROM journal WHERE persistence_id = 'account-{id}' ORDER BY sequence_number");
        Assert.Equal(["account.registered.v1", "account.role-granted.v1"], rows.Select(r => r.Manifest));
        Assert.All(rows, r => Assert.Equal(UpjunooSerializer.Id, r.SerializerId));
        var tags = await Rows(connection, $"SELECT tag, 0 FROM tags WHERE persistence_id = 'account-{id}'");
        Assert.All(tags, t => Assert.Equal("account", t.Manifest));
        Assert.Equal(2, tags.Count);
    }

    private static async Task<List<(string Manifest, int SerializerId)>> Rows(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, int)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), Convert.ToInt32(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture)));
        }

        return rows;
    }
}

public sealed class SqliteSqlPersistenceSpec : SqlPersistenceSpec, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "upjunoo-sqlite-" + Guid.NewGuid().ToString("N"));

    protected override DatabaseSetup Database() => new(new PersistenceSettings(), _folder);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}

[Trait("Category", "Postgres")]
public sealed class PostgresSqlPersistenceSpec : SqlPersistenceSpec
{
    protected override DatabaseSetup Database() =>
        new(new PersistenceSettings { Provider = "postgres", ConnectionString = TestPostgres.ConnectionString }, Path.GetTempPath());
}
