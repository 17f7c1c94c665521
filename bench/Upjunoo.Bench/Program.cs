using Upjunoo.Bench;

// dotnet run -c Release --project bench/Upjunoo.Bench -- <ingest|nearby|redis|overload|http-ingest|http-nearby|dispatch> [--seconds N] [--drivers N] [--producers N] [--redis-port N]
var options = BenchOptionsParser.Parse(args);
Console.WriteLine($"# {options.Name} — {Environment.ProcessorCount} cores, .NET {Environment.Version}, server GC {System.Runtime.GCSettings.IsServerGC}");
switch (options.Name)
{
    case "ingest":
        await IngestBench.Run(options);
        break;
    case "nearby":
        await NearbyBench.Run(options);
        break;
    case "redis":
        await RedisBench.Run(options);
        break;
    case "overload":
        await OverloadBench.Run(options);
        break;
    case "http-ingest":
        await HttpIngestBench.Run(options);
        break;
    case "dispatch":
        await DispatchBench.Run(options, args);
        break;
    case "http-nearby":
        await HttpNearbyBench.Run(options);
        break;
    default:
        Console.Error.WriteLine("usage: Upjunoo.Bench <ingest|nearby|redis|overload|http-ingest|http-nearby|dispatch> [--seconds N] [--drivers N] [--producers N] [--redis-port N]");
        return 2;
}

return 0;
