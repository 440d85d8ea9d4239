using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PeerLearning.Xapi.Tests.Node;

/// <summary>
/// One of Learning Locker's services (xapi-statements or xapi-activities) started with node on a free 127.0.0.1 port,
/// memory repositories, and stopped by SIGTERM, then SIGKILL after a timeout.
/// </summary>
internal sealed class NodeLrsServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _storage;
    private readonly Queue<string> _output = new();

    private NodeLrsServer(Process process, int port, string storage)
    {
        _process = process;
        _storage = storage;
        Endpoint = new Uri($"http://127.0.0.1:{port}/xAPI/");
        process.OutputDataReceived += (_, e) => Remember(e.Data);
        process.ErrorDataReceived += (_, e) => Remember(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri Endpoint { get; }

    public string RecentOutput
    {
        get
        {
            lock (_output)
            {
                return string.Join("\n", _output);
            }
        }
    }

    public static async Task<NodeLrsServer> StartAsync(string service)
    {
        await NodeEnvironment.EnsureInstalledAsync();
        var port = FreePort();
        var storage = Directory.CreateTempSubdirectory("peerlearning-lrs-").FullName;
        var start = new ProcessStartInfo(NodeEnvironment.Node!, $"start-lrs.js {service}")
        {
            WorkingDirectory = NodeEnvironment.LrsDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["EXPRESS_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["AUTH_REPO"] = "test";
        start.Environment["EVENTS_REPO"] = "test";
        start.Environment["MODELS_REPO"] = "memory";
        start.Environment["STORAGE_REPO"] = service == "statements" ? "memory" : "local";
        start.Environment["SERVICE_AWAIT_UPDATES"] = "true";
        start.Environment["FS_LOCAL_STORAGE_DIR"] = storage;
        start.Environment["EXPRESS_MORGAN_DIRECTORY"] = Path.Combine(storage, "accessLogs");
        start.Environment["WINSTON_CONSOLE_LEVEL"] = "warn";
        var server = new NodeLrsServer(Process.Start(start)!, port, storage);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var about = new Uri(server.Endpoint, service == "statements" ? "about" : "activities/profile?activityId=http%3A%2F%2Fexample.org%2Fprobe&profileId=probe");
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (server._process.HasExited)
            {
                break;
            }

            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, about);
                request.Headers.Add("X-Experience-API-Version", "1.0.3");
                using var response = await http.SendAsync(request);
                if (response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound)
                {
                    return server;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        var output = server.RecentOutput;
        await server.DisposeAsync();
        throw new InvalidOperationException($"xapi-{service} did not become ready on port {port}:\n{output}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            if (OperatingSystem.IsWindows())
            {
                _process.Kill(entireProcessTree: true);
            }
            else
            {
                using var term = Process.Start(new ProcessStartInfo("kill", $"-TERM {_process.Id}") { RedirectStandardError = true });
                await term!.WaitForExitAsync();
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_storage, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Enqueue(line);
            while (_output.Count > 50)
            {
                _output.Dequeue();
            }
        }
    }
}
