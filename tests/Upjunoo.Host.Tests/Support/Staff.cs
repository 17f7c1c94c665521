using System.Net.Http.Json;

namespace Upjunoo.Host.Tests.Support;

/// <summary>Staff accounts: the configured admin (operator + dpo) grants roles to others.</summary>
public static class Staff
{
    public static void ConfigureAdmin(UpjunooFactory host, string adminPhone) => host.Settings["Upjunoo:Admins"] = adminPhone;

    public static async Task<Person> Admin(UpjunooFactory host, string adminPhone)
    {
        var client = host.CreateClient();
        var tokens = await client.SignIn(adminPhone, "Admin Root");
        return new Person(client.WithToken(tokens["accessToken"]!.GetValue<string>()), tokens["user"]!["id"]!.GetValue<string>(), adminPhone, tokens["refreshToken"]!.GetValue<string>());
    }

    /// <summary>A new account granted <paramref name="role"/> by the admin, with a fresh token carrying it.</summary>
    public static async Task<Person> WithRole(UpjunooFactory host, Person admin, string role, string name = "Fatou Diallo")
    {
        var person = await Partners.Customer(host, name);
        await (await admin.Client.PostAsJsonAsync($"/api/v1/accounts/{person.Id}/roles", new { role })).Json();
        var refreshed = await (await person.Client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = person.RefreshToken })).Json();
        return person with
        {
            Client = person.Client.WithToken(refreshed["accessToken"]!.GetValue<string>()),
            RefreshToken = refreshed["refreshToken"]!.GetValue<string>(),
        };
    }
}
