namespace Upjunoo.Application.Auth;

public sealed record TokenPair(string AccessToken, string RefreshToken, int ExpiresIn, SignedInUser User);

public sealed record SignedInUser(string Id, string Name, IReadOnlyList<string> Roles, string Country);
