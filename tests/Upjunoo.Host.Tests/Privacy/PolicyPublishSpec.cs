using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Upjunoo.Application.Accounts;
using Upjunoo.Application.Privacy.Policy;
using Upjunoo.Host.Tests.Support;

namespace Upjunoo.Host.Tests.Privacy;

/// <summary>R21: a new version is told to every user in their language, and who was told is recorded.</summary>
[Collection(PrivacyCollection.Name)]
public sealed class PolicyPublishSpec(PolicyPublishSpec.Host host) : IClassFixture<PolicyPublishSpec.Host>
{
    public sealed class Host : PrivacyHost;

    [Fact]
    public async Task Publishing_a_version_tells_every_user_in_their_language_and_records_who_was_told()
    {
        var french = await Partners.Customer(host, "Bintou Coulibaly");
        var englishClient = host.CreateClient();
        englishClient.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var englishPhone = ApiClient.NewIvorianPhone();
        var englishTokens = await englishClient.SignIn(englishPhone, "John Smith");
        var englishId = englishTokens["user"]!["id"]!.GetValue<string>();
        var dpo = await host.Dpo();
        var directory = host.Services.GetRequiredService<IAccountDirectory>();
        await Partners.Eventually(() => directory.Open(CancellationToken.None), d => d.Any(a => a.AccountId == french.Id) && d.Any(a => a.AccountId == englishId));

        var byCustomer = await french.Client.PostAsJsonAsync("/api/v1/privacy/policy/versions", new { textFr = "x", textEn = "y" });
        var anonymous = await host.CreateClient().PostAsJsonAsync("/api/v1/privacy/policy/versions", new { textFr = "x", textEn = "y" });
        var published = await (await dpo.Client.PostAsJsonAsync("/api/v1/privacy/policy/versions", new { textFr = "Version 2 (fr)", textEn = "Version 2 (en)" })).Json();
        var version = published["version"]!.GetValue<int>();
        var outbox = host.Services.GetRequiredService<Application.Notifications.IDevOutbox>();
        var notices = await host.Services.GetRequiredService<IPolicyNotices>().Of(version, CancellationToken.None);
        var current = await (await french.Client.GetAsync("/api/v1/privacy/policy")).Json();

        Assert.Equal(HttpStatusCode.Forbidden, byCustomer.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(2, version);
        Assert.Contains(outbox.To(french.Phone), m => m.Message.Body.Contains("politique de confidentialité a été mise à jour (version 2", StringComparison.Ordinal));
        Assert.Contains(outbox.To(englishPhone), m => m.Message.Body.Contains("privacy policy has been updated (version 2", StringComparison.Ordinal));
        Assert.Contains(notices, n => n.AccountId == french.Id && n.Channel == "sms");
        Assert.Contains(notices, n => n.AccountId == englishId && n.Channel == "sms");
        Assert.Equal(2, current["version"]!.GetValue<int>());
    }
}
