using Upjunoo.Application.Auth;

namespace Upjunoo.Host.Contracts;

public sealed record OtpRequestBody(string? Phone);

public sealed record VerifyOtpBody(
    string? Phone, string? Code, string? Name, string? Email, string? Country, string? Language, DeviceDetails? Device);

public sealed record RefreshBody(string? RefreshToken);
