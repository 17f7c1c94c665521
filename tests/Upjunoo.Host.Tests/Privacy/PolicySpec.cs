using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Upjunoo.Application.Accounts;
using Upjunoo.Application.Privacy.Policy;
using Upjunoo.Host.Tests.Support;

namespace Upjunoo.Host.Tests.Privacy;

/// <summary>R21 and R12: policy versions, notices of an update in each person's language, the data catalogue.</summary>
[Collection(PrivacyCollection.Name)]
public sealed class PolicySpec(PolicySpec.Host host) : IClassFixture<PolicySpec.Host>
{
    public sealed class Host : PrivacyHost;

    [Fact]
    public async Task The_founding_policy_is_served_in_the_callers_language_with_its_date()
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var fr = await (await client.GetAsync("/api/v1/privacy/policy")).Json();
        var en = await (await host.CreateClient().GetAsync("/api/v1/privacy/policy")).Json();
        var versions = await (await host.CreateClient().GetAsync("/api/v1/privacy/policy/versions")).Json();

        Assert.StartsWith("Politique de confidentialité UPJUNOO", fr["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("27.10.2024", fr["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("UPJUNOO Privacy Policy", en["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2024, 10, 27, 0, 0, 0, TimeSpan.Zero), versions[0]!["publishedAt"]!.GetValue<DateTimeOffset>());
    }

    [Fact]
    public async Task The_catalogue_gives_each_category_its_purpose_and_retention()
    {
        var categories = (await (await host.CreateClient().GetAsync("/api/v1/privacy/categories")).Json()).AsArray();

        Assert.Equal(Enum.GetValues<Domain.Privacy.DataCategory>().Length, categories.Count);
        var conversations = categories.Single(c => c!["category"]!.GetValue<string>() == "conversations")!;
        Assert.Equal(30, conversations["retentionDays"]!.GetValue<int>());
        Assert.Equal("countryPrescription", categories.Single(c => c!["category"]!.GetValue<string>() == "orderData")!["retention"]!.GetValue<string>());
    }
}
