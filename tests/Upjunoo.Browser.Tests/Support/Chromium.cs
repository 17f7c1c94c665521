using Microsoft.Playwright;

namespace Upjunoo.Browser.Tests.Support;

/// <summary>
/// The system chromium (Debian package), driven by Playwright without <c>playwright install</c>. Installing it is the
/// machine's job (.ci/run does it); a missing browser fails the test, it never skips it.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> Launch()
    {
        Assert.True(File.Exists(ExecutablePath),
            $"{ExecutablePath} is missing: install it with 'apt-get install -y chromium' (CI does this in .ci/run). Browser tests never skip.");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
        return (playwright, browser);
    }
}
