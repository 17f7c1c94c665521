using System.Net;
using System.Net.Http.Json;
using Upjunoo.Host.Tests.Support;

namespace Upjunoo.Host.Tests.Auth;

public sealed class AccountsSpec(AccountsSpec.Host host) : IClassFixture<AccountsSpec.Host>
{
    public sealed class Host : UpjunooFactory
    {
        public const string AdminPhone = "+2250799999999";

        public Host() => Settings["Upjunoo:Admins"] = AdminPhone;
    }

    private async Task<(HttpClient Client, string Id)> SignedIn(string? phone = null)
    {
        var client = host.CreateClient();
        var tokens = await client.SignIn(phone ?? ApiClient.NewIvorianPhone(), "Fatou Diallo");
        return (client.WithToken(tokens["accessToken"]!.GetValue<string>()), tokens["user"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_person_rectifies_their_own_profile()
    {
        var (client, _) = await SignedIn();

        var response = await client.PatchAsJsonAsync("/api/v1/me", new { email = "fatou@example.ci", language = "en" });
        var me = await (await client.GetAsync("/api/v1/me")).Json();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("fatou@example.ci", me["email"]!.GetValue<string>());
        Assert.Equal("en", me["language"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_bad_email_in_a_rectification_is_422_and_changes_nothing()
    {
        var (client, _) = await SignedIn();

        var response = await client.PatchAsJsonAsync("/api/v1/me", new { email = "nope", name = "X" });
        var me = await (await client.GetAsync("/api/v1/me")).Json();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("Fatou Diallo", me["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_driver_profile_is_auto_approved_in_development_and_the_role_arrives_with_the_next_token()
    {
        var client = host.CreateClient();
        var phone = ApiClient.NewIvorianPhone();
        var first = await client.SignIn(phone);
        client.WithToken(first["accessToken"]!.GetValue<string>());

        var profile = await (await client.PostAsJsonAsync("/api/v1/me/driver-profile", new
        {
            kind = "driver",
            vehicle = new { make = "Toyota", model = "Corolla", plate = "1234 AB 01", color = "white" },
            services = new[] { "standard" },
        })).Json();
        var refreshed = await (await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = first["refreshToken"]!.GetValue<string>() })).Json();

        Assert.Contains("driver", profile["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Contains("driver", refreshed["user"]!["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
    }

    [Fact]
    public async Task Only_an_operator_grants_roles_and_the_admin_phone_is_one()
    {
        var (customer, customerId) = await SignedIn();
        var (admin, _) = await SignedIn(Host.AdminPhone);

        var refused = await customer.PostAsJsonAsync($"/api/v1/accounts/{customerId}/roles", new { role = "support" });
        var granted = await admin.PostAsJsonAsync($"/api/v1/accounts/{customerId}/roles", new { role = "support" });
        var unknownRole = await admin.PostAsJsonAsync($"/api/v1/accounts/{customerId}/roles", new { role = "king" });
        var unknownAccount = await admin.PostAsJsonAsync("/api/v1/accounts/nobody/roles", new { role = "support" });

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        await refused.Problem();
        Assert.Contains("support", (await granted.Json())["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknownRole.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownAccount.StatusCode);
    }

    [Fact]
    public async Task Problems_and_unknown_routes_speak_the_callers_language()
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-CI");

        var unknown = await client.GetAsync("/api/v1/nothing-here");
        var badPhone = await client.PostAsJsonAsync("/api/v1/auth/otp", new { phone = "x" });

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("Introuvable", (await unknown.Problem())["title"]!.GetValue<string>());
        Assert.Equal("La demande ne respecte pas les règles", (await badPhone.Problem())["title"]!.GetValue<string>());
    }
}
