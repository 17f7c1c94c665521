using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Upjunoo.Cluster.Tests;

/// <summary>The live ops page of one node, in the system chromium (a missing browser fails, never skips).</summary>
public sealed partial class OpsPage : IAsyncDisposable
{
    private const string Chromium = "/usr/bin/chromium";
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private OpsPage(IPlaywright playwright, IBrowser browser, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        Page = page;
    }

    public IPage Page { get; }

    /// <summary>Opens <c>/ops</c> on <paramref name="node"/> and signs the operator in through the page itself.</summary>
    public static async Task<OpsPage> SignIn(NodeProcess node, string adminPhone)
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: apt-get install -y chromium (.ci/run does it).");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await page.GotoAsync($"http://127.0.0.1:{node.HttpPort}/ops");
        await page.FillAsync("#phone", adminPhone);
        await page.ClickAsync("#send-code");
        await page.Locator("#code").WaitForAsync();
        var outbox = await node.Client.GetFromJsonAsync<JsonArray>($"/api/v1/dev/outbox?to={Uri.EscapeDataString(adminPhone)}");
        await page.FillAsync("#code", Code().Match(outbox![0]!["body"]!.GetValue<string>()).Groups[1].Value);
        await page.FillAsync("#name", "Ops Admin");
        await page.ClickAsync("#verify");
        return new OpsPage(playwright, browser, page);
    }

    /// <summary>Waits until the members table shows exactly <paramref name="up"/> members, all Up, and saves a screenshot.</summary>
    public async Task<string> ShowsMembersUp(int up, string screenshotName, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (DateTime.UtcNow < deadline
            && !(await Page.Locator("#members tr").CountAsync() == up && await Page.Locator("#members tr[data-status='Up']").CountAsync() == up))
        {
            await Task.Delay(250);
        }

        var path = Path.Combine(AppContext.BaseDirectory, "TestResults", screenshotName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        Assert.Equal(up, await Page.Locator("#members tr").CountAsync());
        Assert.Equal(up, await Page.Locator("#members tr[data-status='Up']").CountAsync());
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }

    [GeneratedRegex(@"\b(\d{6})\b")]
    private static partial Regex Code();
}
