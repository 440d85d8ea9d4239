using BenchmarkDotNet.Running;

// Run all or some: dotnet run -c Release --project benchmarks/PeerLearning.Benchmarks -- --filter '*Matching*' --job short
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
