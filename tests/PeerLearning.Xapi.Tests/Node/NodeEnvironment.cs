using System.Diagnostics;

namespace PeerLearning.Xapi.Tests.Node;

/// <summary>Finds node/npm and the committed tests/lrs package, installing it with `npm ci` when node_modules is missing.</summary>
internal static class NodeEnvironment
{
    private static readonly Lazy<string?> NodePath = new(() => FindOnPath("node"));
    private static readonly Lazy<string?> NpmPath = new(() => FindOnPath("npm"));
    private static readonly SemaphoreSlim InstallLock = new(1, 1);
    private static bool _installed;

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string? Node => NodePath.Value;

    public static string? SkipReason => Node is null || NpmPath.Value is null
        ? "node and npm are not on PATH: the integration tests against Learning Locker's xapi-statements/xapi-activities and the xapi-validation cross-check need Node.js (they are required when CI=true)"
        : null;

    public static string LrsDirectory { get; } = FindLrsDirectory();

    public static async Task EnsureInstalledAsync()
    {
        if (Node is null || NpmPath.Value is null)
        {
            throw new InvalidOperationException(SkipReason);
        }

        await InstallLock.WaitAsync();
        try
        {
            if (_installed || (Directory.Exists(Path.Combine(LrsDirectory, "node_modules", "xapi-statements"))
                && Directory.Exists(Path.Combine(LrsDirectory, "node_modules", "xapi-activities"))
                && Directory.Exists(Path.Combine(LrsDirectory, "node_modules", "xapi-validation"))))
            {
                _installed = true;
                return;
            }

            var start = new ProcessStartInfo(NpmPath.Value, "ci --no-audit --no-fund")
            {
                WorkingDirectory = LrsDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
            await process.WaitForExitAsync(timeout.Token);
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"npm ci in {LrsDirectory} failed ({process.ExitCode}): {await stderr}{await stdout}");
            }

            _installed = true;
        }
        finally
        {
            InstallLock.Release();
        }
    }

    private static string FindLrsDirectory()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "lrs", "package.json");
            if (File.Exists(candidate))
            {
                return Path.GetDirectoryName(candidate)!;
            }

            directory = directory.Parent;
        }

        throw new InvalidOperationException("tests/lrs/package.json was not found above " + AppContext.BaseDirectory);
    }

    private static string? FindOnPath(string name)
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            foreach (var candidate in new[] { name, name + ".exe", name + ".cmd" })
            {
                var path = Path.Combine(directory, candidate);
                if (File.Exists(path))
                {
                    return path;
                }
            }
        }

        return null;
    }
}
