using System.Net.Http.Json;
using System.Text;
using Upjunoo.Host.Tests.Support;

namespace Upjunoo.Host.Tests.Privacy;

/// <summary>ADR 0001 through the host: after accounts and a trip, no name, phone or e-mail is in the data folder in clear.</summary>
[Collection(PrivacyCollection.Name)]
public sealed class RawBytesSpec : IDisposable
{
    private readonly PrivacyHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task The_data_folder_holds_no_name_phone_or_email_in_clear()
    {
        var (rider, driver, tripId) = await _host.CompletedTrip((5.3364, -4.0267), "Zéphirine Ahoussou", "Théodule Gnagne");
        await (await rider.Client.PatchAsJsonAsync("/api/v1/me", new { email = "zephirine.ahoussou@example.ci" })).Json();
        await PrivacyHost.TripInHistory(rider, tripId, "completed");
        await Task.Delay(TimeSpan.FromSeconds(2));

        var secrets = new[] { "Zéphirine", "Ahoussou", "Théodule", "Gnagne", "zephirine.ahoussou@example.ci", rider.Phone, driver.Phone, rider.Phone[1..], "12 Rue du Commerce" };
        var leaks = new List<string>();
        foreach (var file in Directory.EnumerateFiles(_host.DataDirectory, "*", SearchOption.AllDirectories))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var memory = new MemoryStream();
            await stream.CopyToAsync(memory);
            var bytes = memory.ToArray();
            leaks.AddRange(secrets.Where(s => bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(s)) >= 0).Select(s => $"{Path.GetFileName(file)}: {s}"));
        }

        Assert.True(leaks.Count == 0, "In clear: " + string.Join(", ", leaks));
    }
}
