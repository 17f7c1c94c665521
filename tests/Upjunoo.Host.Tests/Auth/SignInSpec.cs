using System.Net;
using System.Net.Http.Json;
using Upjunoo.Host.Tests.Support;

namespace Upjunoo.Host.Tests.Auth;

public sealed class SignInSpec(SignInSpec.Host host) : IClassFixture<SignInSpec.Host>
{
    public sealed class Host : UpjunooFactory;

    private HttpClient Client() => host.CreateClient();

    [Fact]
    public async Task A_new_phone_signs_in_with_the_sms_code_and_me_answers()
    {
        var client = Client();
        var phone = ApiClient.NewIvorianPhone();

        var tokens = await client.SignIn(phone, "Awa Koné");
        var me = await client.WithToken(tokens["accessToken"]!.GetValue<string>()).GetAsync("/api/v1/me");

        var profile = await me.Json();
        Assert.Equal("Awa Koné", profile["name"]!.GetValue<string>());
        Assert.Equal(phone, profile["phone"]!.GetValue<string>());
        Assert.Equal("CI", profile["country"]!.GetValue<string>());
        Assert.Equal("fr", profile["language"]!.GetValue<string>());
        Assert.Equal(["customer"], profile["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(900, tokens["expiresIn"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_sms_is_in_the_language_asked_for()
    {
        var client = Client();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var phone = ApiClient.NewIvorianPhone();

        await client.PostAsJsonAsync("/api/v1/auth/otp", new { phone });
        var outbox = await client.GetFromJsonAsync<System.Text.Json.Nodes.JsonArray>($"/api/v1/dev/outbox?to={Uri.EscapeDataString(phone)}");

        Assert.StartsWith("Upjunoo: your sign-in code", outbox![0]!["body"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hello")]
    [InlineData("+225 12")]
    [InlineData("")]
    public async Task A_bad_phone_is_a_422_problem(string phone)
    {
        var response = await Client().PostAsJsonAsync("/api/v1/auth/otp", new { phone });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Problem();
        Assert.Equal("https://upjunoo.app/problems/auth.invalid-phone", problem["type"]!.GetValue<string>());
        Assert.NotNull(problem["errors"]?["phone"]);
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem_not_a_500()
    {
        var response = await Client().PostAsync("/api/v1/auth/otp", new StringContent("{nope", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await response.Problem();
    }

    [Fact]
    public async Task A_wrong_code_is_401_and_five_wrong_codes_lock_the_code_with_429()
    {
        var client = Client();
        var phone = ApiClient.NewIvorianPhone();
        var code = await client.RequestCode(phone);
        var wrong = code == "000000" ? "111111" : "000000";

        var first = await client.Verify(phone, wrong);
        for (var i = 0; i < 3; i++)
        {
            await client.Verify(phone, wrong);
        }

        var fifth = await client.Verify(phone, wrong);
        var rightButLocked = await client.Verify(phone, code);

        Assert.Equal(HttpStatusCode.Unauthorized, first.StatusCode);
        Assert.Equal("otp.invalid", (await first.Problem())["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.TooManyRequests, fifth.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, rightButLocked.StatusCode);
        Assert.Equal("otp.locked", (await rightButLocked.Problem())["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_sixth_code_in_an_hour_is_refused_with_429()
    {
        var client = Client();
        var phone = ApiClient.NewIvorianPhone();
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsJsonAsync("/api/v1/auth/otp", new { phone })).StatusCode);
        }

        var sixth = await client.PostAsJsonAsync("/api/v1/auth/otp", new { phone });

        Assert.Equal(HttpStatusCode.TooManyRequests, sixth.StatusCode);
        Assert.Equal("otp.too-many-sends", (await sixth.Problem())["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_used_code_cannot_be_used_again()
    {
        var client = Client();
        var phone = ApiClient.NewIvorianPhone();
        var code = await client.RequestCode(phone);
        Assert.True((await client.Verify(phone, code)).IsSuccessStatusCode);

        var again = await client.Verify(phone, code);

        Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);
    }

    [Fact]
    public async Task A_first_sign_in_without_a_name_asks_for_it_and_keeps_the_code()
    {
        var client = Client();
        var phone = ApiClient.NewIvorianPhone();
        var code = await client.RequestCode(phone);

        var withoutName = await client.Verify(phone, code, name: null);
        var withName = await client.Verify(phone, code, name: "Koffi Yao");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, withoutName.StatusCode);
        Assert.Equal("auth.name-required", (await withoutName.Problem())["code"]!.GetValue<string>());
        Assert.True(withName.IsSuccessStatusCode);
    }

    [Fact]
    public async Task Missing_invalid_or_tampered_tokens_are_401_problems()
    {
        var client = Client();
        var tokens = await client.SignIn(ApiClient.NewIvorianPhone());
        var token = tokens["accessToken"]!.GetValue<string>();

        var none = await Client().GetAsync("/api/v1/me");
        var garbage = await Client().WithToken("not.a.jwt").GetAsync("/api/v1/me");
        var tampered = await Client().WithToken(token[..^4] + (token[^4..] == "AAAA" ? "BBBB" : "AAAA")).GetAsync("/api/v1/me");

        Assert.All([none, garbage, tampered], r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        await none.Problem();
    }

    [Fact]
    public async Task A_new_device_is_recorded_and_the_person_is_told()
    {
        var client = Client();
        var phone = ApiClient.NewIvorianPhone();
        await client.SignIn(phone, deviceId: "phone-a");

        var tokens = await client.SignIn(phone, deviceId: "phone-b");
        var devices = await (await Client().WithToken(tokens["accessToken"]!.GetValue<string>()).GetAsync("/api/v1/me/devices")).Json();
        var outbox = await client.GetFromJsonAsync<System.Text.Json.Nodes.JsonArray>($"/api/v1/dev/outbox?to={Uri.EscapeDataString(phone)}");

        Assert.Equal(["phone-b", "phone-a"], devices.AsArray().Select(d => d!["id"]!.GetValue<string>()).Order().Reverse());
        Assert.Contains(outbox!, m => m!["body"]!.GetValue<string>().Contains("nouvel appareil", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Refresh_rotates_and_a_reused_refresh_token_ends_the_family()
    {
        var client = Client();
        var first = await client.SignIn(ApiClient.NewIvorianPhone());
        var original = first["refreshToken"]!.GetValue<string>();

        var rotated = await (await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = original })).Json();
        var replay = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = original });
        var newOneAfterReplay = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = rotated["refreshToken"]!.GetValue<string>() });

        Assert.NotEqual(original, rotated["refreshToken"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);
        Assert.Equal("auth.refresh-reused", (await replay.Problem())["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Unauthorized, newOneAfterReplay.StatusCode);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("a.b.c")]
    [InlineData("")]
    public async Task A_bogus_refresh_token_is_401(string token)
    {
        var response = await Client().PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = token });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
