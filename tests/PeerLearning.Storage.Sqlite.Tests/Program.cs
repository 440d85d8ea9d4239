using PeerLearning.Storage.Sqlite.Tests.Recognition;

namespace PeerLearning.Storage.Sqlite.Tests;

/// <summary>Entry point used only when the crash test starts this assembly as a child process.</summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 2 && args[0] == CrashWriter.Command)
        {
            await CrashWriter.RunAsync(args[1]);
            return 0;
        }

        await Console.Error.WriteLineAsync("This assembly is a test assembly; run it with dotnet test.");
        return 2;
    }
}
