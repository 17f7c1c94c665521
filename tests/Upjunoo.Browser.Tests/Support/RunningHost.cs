using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Upjunoo.Browser.Tests.Support;

/// <summary>The real host on a real port (Kestrel, Development, temp SQLite), so a browser can reach it.</summary>
public sealed class RunningHost : WebApplicationFactory<Program>
{
    public const string AdminPhone = "+2250799999922";

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "upjunoo-browser-" + Guid.NewGuid().ToString("N"));

    public RunningHost()
    {
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
    }

    public Uri BaseAddress { get; }

    public HttpClient Http() => new() { BaseAddress = BaseAddress };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Upjunoo:DataDirectory", _dataDirectory);
        builder.UseSetting("Cluster:Port", "0");
        builder.UseSetting("Upjunoo:Admins", AdminPhone);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
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
