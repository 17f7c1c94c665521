namespace Upjunoo.Domain.Drivers;

public static class DriverRules
{
    /// <summary>How many recently rated jobs are remembered so that a redelivered rating is not counted twice.</summary>
    public const int RememberedRatings = 50;

    public const int MinStars = 1;
    public const int MaxStars = 5;
}
