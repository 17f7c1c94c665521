using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Upjunoo.Cluster.Tests;

/// <summary>One Upjunoo host as a real OS process on 127.0.0.1 (so it can be killed with SIGKILL).</summary>
public sealed class NodeProcess : IDisposable
{
    private readonly StringBuilder _log = new();
    private Process? _process;

    public NodeProcess(string name, int akkaPort, IReadOnlyDictionary<string, string> environment)
    {
        Name = name;
        AkkaPort = akkaPort;
        HttpPort = FreePort();
        Environment = environment;
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{HttpPort}"), Timeout = TimeSpan.FromSeconds(30) };
    }

    public string Name { get; }

    public int AkkaPort { get; }

    public int HttpPort { get; }

    public string Address => $"akka.tcp://upjunoo@127.0.0.1:{AkkaPort}";

    public IReadOnlyDictionary<string, string> Environment { get; }

    public HttpClient Client { get; }

    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static string HostDll()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Upjunoo.Akka.sln")))
        {
            root = Path.GetDirectoryName(root.TrimEnd(Path.DirectorySeparatorChar))!;
        }

        return Path.Combine(root, "src", "Host", "bin", configuration, "net10.0", "Upjunoo.Host.dll");
    }

    public void Start()
    {
        var start = new ProcessStartInfo("dotnet", [HostDll(), "--urls", $"http://127.0.0.1:{HttpPort}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in Environment)
        {
            start.Environment[key] = value;
        }

        start.Environment["Cluster__Port"] = AkkaPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>SIGKILL: no coordinated shutdown, no hand-off — the node just disappears.</summary>
    public void Kill()
    {
        _process?.Kill(entireProcessTree: true);
        _process?.WaitForExit(10_000);
    }

    public async Task WaitReady(TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if ((await Client.GetAsync("/readyz")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"{Name} not ready after {within}: {Log[^Math.Min(Log.Length, 3000)..]}");
    }

    public void Dispose()
    {
        if (_process is { HasExited: false })
        {
            Kill();
        }

        _process?.Dispose();
        Client.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            if (_log.Length < 2_000_000)
            {
                _log.AppendLine(line);
            }
        }
    }
}
