using BenchmarkDotNet.Attributes;
using PeerLearning.Xapi;

namespace PeerLearning.Benchmarks.Xapi;

/// <summary>
/// Serialize + validate throughput, single thread. Target: at least 100,000 statements per second per core,
/// i.e. a mean of at most 10 µs per statement (OperationsPerInvoke makes BenchmarkDotNet report per statement).
/// </summary>
[MemoryDiagnoser]
public class StatementSerializationBenchmarks
{
    private const int Count = 10_000;
    private List<Statement> _statements = [];

    [GlobalSetup]
    public void Setup() => _statements = XapiBenchmarkStatements.Create(Count, withIds: true);

    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    public int SerializeAndValidate()
    {
        var total = 0;
        foreach (var statement in _statements)
        {
            total += StatementValidator.Validate(statement).Count;
            total += StatementSerializer.Serialize(statement).Length;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int SerializeOnly()
    {
        var total = 0;
        foreach (var statement in _statements)
        {
            total += StatementSerializer.Serialize(statement).Length;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int ValidateOnly()
    {
        var total = 0;
        foreach (var statement in _statements)
        {
            total += StatementValidator.Validate(statement).Count;
        }

        return total;
    }
}
