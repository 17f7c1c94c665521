using System.Text.RegularExpressions;
using Upjunoo.Simulator.Population;

namespace Upjunoo.Simulator.Api;

/// <summary>
/// Sign-in as the apps do it (RideFlowSpec, Partners.cs): ask for a code, read it from the Development outbox, verify
/// with a device; a partner then asks for the driver or courier profile (auto-approved in Development) and refreshes
/// to get a token carrying the role.
/// </summary>
public static partial class SignIn
{
    private static readonly IReadOnlySet<int> AlreadyPartner = new HashSet<int> { 409 };

    public static async Task<Session?> Person(HostClient client, Person person, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var otp = await client.Send<Unit>("POST /auth/otp", HttpMethod.Post, "/api/v1/auth/otp", new { phone = person.Phone }, null, ct);
            if (otp.RetryAfter is { } wait)
            {
                await Task.Delay(Clamp(wait), ct);
                continue;
            }

            if (!otp.Ok)
            {
                return null;
            }

            var outbox = await client.Send<List<OutboxMessage>>(
                "GET /dev/outbox", HttpMethod.Get, $"/api/v1/dev/outbox?to={Uri.EscapeDataString(person.Phone)}", null, null, ct);
            var code = outbox.Value?.Select(m => CodePattern().Match(m.Body)).FirstOrDefault(m => m.Success)?.Groups[1].Value;
            if (code is null)
            {
                client.Stats.Error("sign-in: no code in the dev outbox (is the target in Development?)");
                return null;
            }

            var device = new DeviceBody(person.DeviceId, person.DeviceModel, person.DeviceOs, "sim-1.0");
            var verified = await client.Send<TokenPair>("POST /auth/verify", HttpMethod.Post, "/api/v1/auth/verify",
                new VerifyBody(person.Phone, code, person.Name, person.Email, person.City.Country, person.City.Language, device), null, ct);
            if (verified.RetryAfter is { } again)
            {
                await Task.Delay(Clamp(again), ct);
                continue;
            }

            return verified.Value is { } tokens ? new Session(client, tokens) : null;
        }

        return null;
    }

    /// <summary>Signs a driver or courier in, gets the role (a 409 means the account already has it: a rerun) and goes online.</summary>
    public static async Task<Session?> Partner(HostClient client, Person person, CancellationToken ct)
    {
        var session = await Person(client, person, ct);
        if (session is null)
        {
            return null;
        }

        var kind = person.Kind == PersonKind.Courier ? "courier" : "driver";
        var vehicle = person.Vehicle is { } v ? new VehicleBody(v.Make, v.Model, v.Plate, v.Color) : null;
        var profile = await session.Send<Unit>("POST /me/driver-profile", HttpMethod.Post, "/api/v1/me/driver-profile",
            new DriverProfileBody(kind, vehicle, person.Services), ct, AlreadyPartner);
        if (!profile.Ok && profile.Status != 409)
        {
            return null;
        }

        if (!await session.Refresh(ct) || !session.Roles.Contains(kind))
        {
            client.Stats.Error($"sign-in: the {kind} role was not granted (auto-approval is Development only)");
            return null;
        }

        var online = await session.Send<Unit>("PUT /drivers/me/availability", HttpMethod.Put, "/api/v1/drivers/me/availability", new { status = "online" }, ct);
        return online.Ok ? session : null;
    }

    private static TimeSpan Clamp(TimeSpan wait) => wait < TimeSpan.FromMilliseconds(200) ? TimeSpan.FromMilliseconds(200) : wait > TimeSpan.FromMinutes(1) ? TimeSpan.FromMinutes(1) : wait;

    [GeneratedRegex(@"\b(\d{6})\b")]
    private static partial Regex CodePattern();
}
