using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;

namespace Upjunoo.Host.Tests.Support;

/// <summary>The real host (real actors, real SQLite file in a temp folder), in Development unless told otherwise.</summary>
public class UpjunooFactory : WebApplicationFactory<Program>
{
    private readonly string _dataDirectory;

    public UpjunooFactory()
        : this(NewDataDirectory(), ownsData: true)
    {
    }

    /// <summary>A host on an existing data folder (a restart); the folder is left for whoever owns it.</summary>
    public UpjunooFactory(string dataDirectory, bool ownsData = false)
    {
        _dataDirectory = dataDirectory;
        OwnsData = ownsData;
    }

    public bool OwnsData { get; }

    public static string NewDataDirectory() => Path.Combine(Path.GetTempPath(), "upjunoo-host-" + Guid.NewGuid().ToString("N"));

    public string Environment { get; init; } = "Development";

    public IDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>();

    public string DataDirectory => _dataDirectory;

    /// <summary>Replaces services of the host (a fake clock, a failing adapter) after the app registered its own.</summary>
    public Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? Overrides { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("Upjunoo:DataDirectory", _dataDirectory);
        builder.UseSetting("Cluster:Port", "0");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        if (Overrides is { } overrides)
        {
            builder.ConfigureTestServices(overrides);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && OwnsData)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_dataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held by a finishing writer: the temp folder is cleaned by the OS.
            }
        }
    }
}
