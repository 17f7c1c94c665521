namespace Upjunoo.Application.Auth;

/// <summary>The device a sign-in comes from, as the app reports it, plus the IP the host saw (R22).</summary>
public sealed record DeviceDetails(string? Id, string? Model, string? Os, string? AppVersion);
