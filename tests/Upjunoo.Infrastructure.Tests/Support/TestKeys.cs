using System.Security.Cryptography;
using Upjunoo.Infrastructure.Persistence;
using Upjunoo.Infrastructure.Privacy;

namespace Upjunoo.Infrastructure.Tests.Support;

/// <summary>A key store and protector on a temporary SQLite database (or the given one), removed on dispose.</summary>
public sealed class TestKeys : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "upjunoo-keys-" + Guid.NewGuid().ToString("N"));

    public TestKeys(DatabaseSetup? database = null, byte[]? masterKey = null)
    {
        Database = database ?? new DatabaseSetup(new PersistenceSettings(), _folder);
        Database.PrepareOnFirstStart();
        MasterKeyBytes = masterKey ?? RandomNumberGenerator.GetBytes(32);
        Store = new SubjectKeyStore(Database, new MasterKey(MasterKeyBytes));
        Protector = new PersonalDataProtector(Store);
    }

    public DatabaseSetup Database { get; }

    public byte[] MasterKeyBytes { get; }

    public SubjectKeyStore Store { get; }

    public PersonalDataProtector Protector { get; }

    /// <summary>A second store on the same database: no shared cache, as on another node.</summary>
    public SubjectKeyStore OtherNode(byte[]? masterKey = null) => new(Database, new MasterKey(masterKey ?? MasterKeyBytes));

    public static string NewSubject() => "subject-" + Guid.NewGuid().ToString("N");

    public void Dispose()
    {
        Store.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
