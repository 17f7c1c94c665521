using System.Security.Cryptography;
using System.Text;
using Akka.Actor;
using Akka.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Upjunoo.Application.Common;
using Upjunoo.Domain.Accounts;
using Upjunoo.Domain.Countries;
using Upjunoo.Domain.Identity;
using Upjunoo.Domain.Privacy;
using Upjunoo.Infrastructure.Cluster;
using Upjunoo.Infrastructure.Entities;
using Upjunoo.Infrastructure.Persistence;
using Upjunoo.Infrastructure.Privacy;

namespace Upjunoo.Infrastructure.Tests.Privacy;

/// <summary>
/// End to end through the real persistence set-up on a SQLite file: an account is registered, signs in and rectifies
/// its e-mail (events and a snapshot), and no byte of the database file or its WAL holds its personal data in clear.
/// </summary>
public sealed class EncryptedJournalSpec : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "upjunoo-e2e-" + Guid.NewGuid().ToString("N"));
    private readonly byte[] _master = RandomNumberGenerator.GetBytes(32);
    private readonly DatabaseSetup _database;

    public EncryptedJournalSpec() => _database = new DatabaseSetup(new PersistenceSettings(), _folder);

    [Fact]
    public async Task No_personal_data_of_a_registered_account_is_in_clear_in_the_sqlite_file_or_its_wal()
    {
        var id = "acct-" + Guid.NewGuid().ToString("N");
        string[] secrets = ["Mukendi", "812345678", "jean.mukendi@example.cd", "tecno-spark-0042", "197.157.203.9"];
        using (var node = await StartNode())
        {
            var account = AccountActor(node, id);
            await Send(account, new AccountCommand.Register(id, "Jean Mukendi", "+243812345678", "jean.mukendi@example.cd", CountryCode.CD, Language.Fr, T0));
            await Send(account, new AccountCommand.RecordSignIn(new DeviceInfo("tecno-spark-0042", "Tecno", "Android", "1.0"), "197.157.203.9", [], T0));

            Assert.Equal(3, await Count("SELECT COUNT(*) FROM journal"));
            Assert.Equal(1, await Count("SELECT COUNT(*) FROM snapshot"));
            Assert.All(secrets, secret => Assert.False(AnyFileContains(secret), $"'{secret}' found in clear while running"));
            await node.StopAsync();
        }

        Assert.All(secrets, secret => Assert.False(AnyFileContains(secret), $"'{secret}' found in clear after stopping"));
        Assert.True(AnyFileContains("enc:v1:" + id), "the check must see the encrypted fields");

        using (var node = await StartNode())
        {
            var state = await AccountActor(node, id).Ask<AccountState>(GetState.Instance, TimeSpan.FromSeconds(20));
            Assert.Equal(("Jean Mukendi", "+243812345678"), (state.Name, state.Phone));
            Assert.Equal("tecno-spark-0042", Assert.Single(state.Devices).Device.DeviceId);
            await node.StopAsync();
        }

        using (var keys = new SubjectKeyStore(_database, new MasterKey(_master)))
        {
            keys.Erase(id);
        }

        using (var node = await StartNode())
        {
            var state = await AccountActor(node, id).Ask<AccountState>(GetState.Instance, TimeSpan.FromSeconds(20));
            Assert.Equal((Erased.Text, Erased.Text, Erased.Text), (state.Name, state.Phone, state.Email));
            Assert.Equal(Erased.Text, Assert.Single(state.Devices).Device.DeviceId);
            Assert.Equal((id, CountryCode.CD, Language.Fr), (state.AccountId, state.Country, state.Language));
            await node.StopAsync();
        }
    }

    private async Task<IHost> StartNode()
    {
        var protector = new PersonalDataProtector(new SubjectKeyStore(_database, new MasterKey(_master)));
        var host = new HostBuilder()
            .ConfigureServices(services => services.AddAkka("encrypted-journal-spec", builder => builder.WithUpjunooPersistence(_database, protector)))
            .Build();
        await host.StartAsync();
        return host;
    }

    // As DependencyInjection registers accounts: the entity's subject is the account itself; a snapshot every 2 events.
    private static IActorRef AccountActor(IHost host, string id) =>
        host.Services.GetRequiredService<ActorSystem>().ActorOf(Props.Create(() =>
            new DeciderActor<Account, AccountState, AccountCommand, AccountEvent>("account", id, 2, (entityId, _) => entityId)));

    private static async Task Send(IActorRef account, AccountCommand command)
    {
        var reply = await account.Ask<EntityReply<AccountState, AccountEvent>>(new Execute<AccountCommand>(command), TimeSpan.FromSeconds(20));
        Assert.Null(reply.Rejection);
    }

    private async Task<long> Count(string sql)
    {
        await using var connection = _database.CreateConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private bool AnyFileContains(string text)
    {
        var needle = Encoding.UTF8.GetBytes(text);
        return Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories).Any(path =>
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray().AsSpan().IndexOf(needle) >= 0;
        });
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
