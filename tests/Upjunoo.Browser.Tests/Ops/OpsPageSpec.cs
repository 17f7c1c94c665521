using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Upjunoo.Browser.Tests.Support;

namespace Upjunoo.Browser.Tests.Ops;

public sealed partial class OpsPageSpec
{
    [Fact]
    public async Task An_operator_signs_in_on_the_ops_page_and_sees_the_node_up_and_leading()
    {
        using var host = new RunningHost();
        using var http = host.Http();
        var (playwright, browser) = await Chromium.Launch();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var pageErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                pageErrors.Add($"{message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => pageErrors.Add(error);

        await page.GotoAsync(new Uri(host.BaseAddress, "/ops").ToString());
        await page.FillAsync("#phone", RunningHost.AdminPhone);
        await page.ClickAsync("#send-code");
        await page.Locator("#code").WaitForAsync();
        await page.FillAsync("#code", await LatestCode(http, RunningHost.AdminPhone));
        await page.FillAsync("#name", "Awa Opératrice");
        await page.ClickAsync("#verify");

        var upMember = page.Locator("#members tr[data-status='Up']");
        await upMember.First.WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        await page.Locator("[data-region='account']").WaitForAsync();
        // A flat line has no height, so Playwright calls it hidden: wait for it to exist (two polls drawn).
        await page.Locator("[data-metric='members'] polyline").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 15_000 });
        var address = await upMember.First.GetAttributeAsync("data-address");
        var leader = await page.Locator("#leader").TextContentAsync();
        var token = await page.EvaluateAsync<string?>("sessionStorage.getItem('upjunoo.ops.tokens')");
        var screenshot = Path.Combine(AppContext.BaseDirectory, "TestResults", "ops-page.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });

        Assert.Equal(1, await page.Locator("#members tr").CountAsync());
        Assert.StartsWith("akka.tcp://upjunoo@", address, StringComparison.Ordinal);
        Assert.Equal(address, leader);
        Assert.NotNull(token);
        Assert.True(pageErrors.Count == 0, string.Join(Environment.NewLine, pageErrors));
        Assert.True(new FileInfo(screenshot) is { Exists: true, Length: > 0 }, $"No screenshot at {screenshot}");
    }

    private static async Task<string> LatestCode(HttpClient http, string phone)
    {
        var outbox = await http.GetFromJsonAsync<JsonArray>($"/api/v1/dev/outbox?to={Uri.EscapeDataString(phone)}");
        var body = outbox!.Select(m => m!["body"]!.GetValue<string>()).First(b => CodePattern().IsMatch(b));
        return CodePattern().Match(body).Groups[1].Value;
    }

    [GeneratedRegex(@"\b(\d{6})\b")]
    private static partial Regex CodePattern();
}
