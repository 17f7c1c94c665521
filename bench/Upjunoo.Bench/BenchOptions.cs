using System.Globalization;

namespace Upjunoo.Bench;

internal sealed record BenchOptions(string Name, int Seconds, int Drivers, int Producers, int RedisPort)
{
    public string Target { get; init; } = "http://127.0.0.1:5000";

    public int Batch { get; init; } = 50;

    public int Concurrency { get; init; } = 64;
}

internal static class BenchOptionsParser
{
    public static BenchOptions Parse(string[] args)
    {
        string Value(string flag, string fallback)
        {
            var i = Array.IndexOf(args, flag);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }

        int Int(string flag, int fallback) => int.Parse(Value(flag, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

        return new BenchOptions(args.Length > 0 ? args[0] : "", Int("--seconds", 0), Int("--drivers", 50_000), Int("--producers", 1), Int("--redis-port", 6390))
        {
            Target = Value("--target", "http://127.0.0.1:5000"),
            Batch = Int("--batch", 50),
            Concurrency = Int("--concurrency", 64),
        };
    }
}
