namespace Upjunoo.Application.Auth;

/// <summary>Sign-in settings, bound from configuration section <c>Auth</c> (plus <c>Upjunoo:Admins</c>).</summary>
public sealed class AuthSettings
{
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Driver, courier and store profiles are approved at once (Development).</summary>
    public bool AutoApprovePartners { get; set; }

    /// <summary>E.164 phones that receive the operator and dpo roles at sign-in (the bootstrap).</summary>
    public IList<string> AdminPhones { get; } = [];
}
