namespace Upjunoo.Domain.Privacy.Consents;

/// <summary>The latest answer for one purpose: what, when, through which channel, under which policy version (R14, R21).</summary>
public sealed record ConsentRecord(ConsentPurpose Purpose, bool Granted, DateTimeOffset At, string Channel, int PolicyVersion);
