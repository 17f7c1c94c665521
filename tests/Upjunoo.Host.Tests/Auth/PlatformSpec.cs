using System.Net;
using System.Text.Json.Nodes;
using Upjunoo.Host.Tests.Support;

namespace Upjunoo.Host.Tests.Auth;

public sealed class PlatformSpec(PlatformSpec.Host host) : IClassFixture<PlatformSpec.Host>
{
    public sealed class Host : UpjunooFactory;

    public sealed class ProductionHost : UpjunooFactory
    {
        public ProductionHost() => Environment = "Production";
    }

    [Fact]
    public async Task Health_and_readiness_answer_when_the_member_is_up_and_the_journal_reachable()
    {
        var client = host.CreateClient();

        var healthz = await client.GetAsync("/healthz");
        JsonNode? ready = null;
        for (var i = 0; i < 50 && ready?["ready"]?.GetValue<bool>() != true; i++)
        {
            ready = JsonNode.Parse(await (await client.GetAsync("/readyz")).Content.ReadAsStringAsync());
            await Task.Delay(100);
        }

        Assert.Equal(HttpStatusCode.OK, healthz.StatusCode);
        Assert.Equal("Up", ready!["memberStatus"]!.GetValue<string>());
        Assert.True(ready["journalReachable"]!.GetValue<bool>());
    }

    [Fact]
    public async Task The_openapi_document_describes_the_endpoints_with_problem_responses()
    {
        var document = await (await host.CreateClient().GetAsync("/openapi/v1.json")).Json();

        var paths = document["paths"]!.AsObject();
        Assert.Contains("/api/v1/auth/otp", paths.Select(p => p.Key));
        Assert.Contains("/api/v1/me", paths.Select(p => p.Key));
        var verify = paths["/api/v1/auth/verify"]!["post"]!;
        Assert.NotNull(verify["responses"]!["200"]);
        Assert.NotNull(verify["responses"]!["422"]!["content"]!["application/problem+json"]);
        Assert.NotNull(document["components"]!["securitySchemes"]!["bearer"]);
    }

    [Fact]
    public async Task The_api_reference_page_is_served()
    {
        var response = await host.CreateClient().GetAsync("/docs/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("scalar", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_dev_outbox_does_not_exist_outside_development()
    {
        using var production = new ProductionHost();

        var response = await production.CreateClient().GetAsync("/api/v1/dev/outbox?to=%2B2250701020304");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
