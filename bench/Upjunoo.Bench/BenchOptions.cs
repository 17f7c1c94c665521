using System.Globalization;

namespace Upjunoo.Bench;

internal sealed record BenchOptions(string Name, int Seconds, int Drivers, int Producers, int RedisPort)
{
    public static BenchOptions Parse(string[] args)
    {
        string Value(string flag, string fallback)
        {
            var i = Array.IndexOf(args, flag);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }

        int Int(string flag, int fallback) => int.Parse(Value(flag, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

        return new BenchOptions(args.Length > 0 ? args[0] : "", Int("--seconds", 0), Int("--drivers", 50_000), Int("--producers", 1), Int("--redis-port", 6390));
    }
}
