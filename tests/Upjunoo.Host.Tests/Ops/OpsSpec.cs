using System.Net;
using System.Text.Json.Nodes;
using Upjunoo.Host.Tests.Support;

namespace Upjunoo.Host.Tests.Ops;

public sealed class OpsSpec(OpsSpec.Host host) : IClassFixture<OpsSpec.Host>
{
    public sealed class Host : UpjunooFactory
    {
        public const string AdminPhone = "+2250799999911";

        public Host() => Settings["Upjunoo:Admins"] = AdminPhone;
    }

    private async Task<HttpClient> Operator()
    {
        var client = host.CreateClient();
        var tokens = await client.SignIn(Host.AdminPhone, "Opérateur");
        return client.WithToken(tokens["accessToken"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/ops/cluster")]
    [InlineData("/ops/shards")]
    public async Task Ops_data_is_refused_without_a_token(string path)
    {
        var response = await host.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("/ops/cluster")]
    [InlineData("/ops/shards")]
    public async Task Ops_data_is_forbidden_to_a_person_without_the_operator_role(string path)
    {
        var client = host.CreateClient();
        var tokens = await client.SignIn(ApiClient.NewIvorianPhone());
        client.WithToken(tokens["accessToken"]!.GetValue<string>());

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await response.Problem();
    }

    [Fact]
    public async Task The_cluster_view_shows_this_node_up_and_leading_a_cluster_of_one()
    {
        var client = await Operator();

        var cluster = await (await client.GetAsync("/ops/cluster")).Json();

        var self = cluster["self"]!.GetValue<string>();
        var member = Assert.Single(cluster["members"]!.AsArray())!;
        Assert.StartsWith("akka.tcp://upjunoo@", self, StringComparison.Ordinal);
        Assert.Equal("Up", cluster["selfStatus"]!.GetValue<string>());
        Assert.Equal(self, cluster["leader"]!.GetValue<string>());
        Assert.Equal(self, cluster["oldest"]!.GetValue<string>());
        Assert.Equal(self, member["address"]!.GetValue<string>());
        Assert.Equal("Up", member["status"]!.GetValue<string>());
        Assert.Equal(1, member["upNumber"]!.GetValue<int>());
        Assert.Empty(cluster["unreachable"]!.AsArray());
    }

    [Fact]
    public async Task The_shard_view_lists_the_account_and_phone_login_regions_with_entities_after_a_sign_in()
    {
        var client = await Operator();

        var shards = await (await client.GetAsync("/ops/shards")).Json();

        var regions = shards["regions"]!.AsArray().Select(r => r!).ToDictionary(r => r["type"]!.GetValue<string>());
        Assert.Contains("account", regions.Keys);
        Assert.Contains("phone-login", regions.Keys);
        foreach (var region in new[] { regions["account"], regions["phone-login"] })
        {
            var node = Assert.Single(region["nodes"]!.AsArray())!;
            Assert.True(node["shards"]!.GetValue<int>() >= 1, region.ToJsonString());
            Assert.True(node["entities"]!.GetValue<int>() >= 1, region.ToJsonString());
        }
    }

    [Fact]
    public async Task Metrics_answer_prometheus_text_with_the_upjunoo_instruments()
    {
        await Operator(); // a sign-in persists events, so the journal histogram has a sample

        var response = await host.CreateClient().GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.Contains("# TYPE upjunoo_journal_write_latency", text, StringComparison.Ordinal);
        Assert.Contains("entity=\"account\"", text, StringComparison.Ordinal);
        Assert.Contains("upjunoo_cluster_members{", text, StringComparison.Ordinal);
        Assert.Contains("status=\"Up\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Host.AdminPhone, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_429_is_counted_by_route_template()
    {
        var client = host.CreateClient();
        var phone = ApiClient.NewIvorianPhone();
        HttpResponseMessage last;
        do
        {
            last = await client.PostAsync("/api/v1/auth/otp", JsonContent(new JsonObject { ["phone"] = phone }));
        }
        while (last.StatusCode == HttpStatusCode.Accepted);

        var text = await (await client.GetAsync("/metrics")).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.TooManyRequests, last.StatusCode);
        Assert.Contains("upjunoo_http_too_many_requests", text, StringComparison.Ordinal);
        Assert.Contains("route=\"/api/v1/auth/otp\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_ops_page_is_a_self_contained_html_page()
    {
        var response = await host.CreateClient().GetAsync("/ops");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("/ops/cluster", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    private static StringContent JsonContent(JsonNode body) => new(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
}
