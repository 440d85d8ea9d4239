using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace PeerLearning.Benchmarks.Xapi;

/// <summary>Starts Learning Locker's xapi-statements (from tests/lrs, installed by `npm ci --prefix tests/lrs`) on a free loopback port.</summary>
internal sealed class NpmLrsProcess : IDisposable
{
    private readonly Process _process;
    private readonly string _storage;

    private NpmLrsProcess(Process process, Uri endpoint, string storage)
    {
        _process = process;
        Endpoint = endpoint;
        _storage = storage;
    }

    public Uri Endpoint { get; }

    public static NpmLrsProcess Start()
    {
        var directory = FindLrsDirectory();
        if (!Directory.Exists(Path.Combine(directory, "node_modules", "xapi-statements")))
        {
            throw new InvalidOperationException($"Run `npm ci --prefix {directory}` first: the delivery benchmark needs xapi-statements from npm.");
        }

        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        var storage = Directory.CreateTempSubdirectory("peerlearning-bench-lrs-").FullName;
        var start = new ProcessStartInfo("node", "start-lrs.js statements") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["EXPRESS_PORT"] = port.ToString(CultureInfo.InvariantCulture);
        start.Environment["AUTH_REPO"] = "test";
        start.Environment["EVENTS_REPO"] = "test";
        start.Environment["MODELS_REPO"] = "memory";
        start.Environment["STORAGE_REPO"] = "memory";
        start.Environment["SERVICE_AWAIT_UPDATES"] = "true";
        start.Environment["FS_LOCAL_STORAGE_DIR"] = storage;
        start.Environment["EXPRESS_MORGAN_DIRECTORY"] = Path.Combine(storage, "accessLogs");
        start.Environment["WINSTON_CONSOLE_LEVEL"] = "error";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new NpmLrsProcess(process, new Uri($"http://127.0.0.1:{port}/xAPI/"), storage);
        using var http = new HttpClient();
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(30))
        {
            try
            {
                using var response = http.GetAsync(new Uri(server.Endpoint, "about")).GetAwaiter().GetResult();
                if (response.IsSuccessStatusCode)
                {
                    return server;
                }
            }
            catch (HttpRequestException)
            {
            }

            Thread.Sleep(100);
        }

        server.Dispose();
        throw new InvalidOperationException("xapi-statements did not start");
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            using (var term = Process.Start(new ProcessStartInfo("kill", $"-TERM {_process.Id}")))
            {
                term?.WaitForExit();
            }

            if (!_process.WaitForExit(5000))
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit();
            }
        }

        _process.Dispose();
        Directory.Delete(_storage, recursive: true);
    }

    private static string FindLrsDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "lrs");
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                return candidate;
            }
        }

        for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "lrs");
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("tests/lrs/package.json not found above " + AppContext.BaseDirectory);
    }
}
