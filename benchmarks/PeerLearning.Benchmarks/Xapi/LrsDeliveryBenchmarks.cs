using System.Net.Http.Headers;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Options;
using PeerLearning.Xapi;

namespace PeerLearning.Benchmarks.Xapi;

/// <summary>
/// Delivering 10,000 statements in batches of 500 to Learning Locker's xapi-statements (npm, loopback). Reference:
/// raw HttpClient POSTs of the same batches pre-serialized. Target: LrsClient ≤ 1.1× the reference. Each iteration
/// gets a fresh LRS (its in-memory store slows as it fills), so both methods see the same, empty server.
/// Run: <c>-- --filter '*LrsDelivery*' --inProcess --strategy Monitoring --warmupCount 1 --iterationCount 5</c>.
/// </summary>
public class LrsDeliveryBenchmarks
{
    private const int Count = 10_000;
    private const int BatchSize = 500;
    private List<Statement[]> _batches = [];
    private List<string> _serialized = [];
    private NpmLrsProcess? _lrs;
    private static readonly HttpClient Http = new();

    [GlobalSetup]
    public void Setup()
    {
        // The same statements (ids included) for both methods; every iteration starts a fresh LRS, so nothing collides.
        _batches = XapiBenchmarkStatements.Create(Count, withIds: true).Chunk(BatchSize).ToList();
        _serialized = _batches.Select(b => StatementSerializer.SerializeBatch(b)).ToList();
    }

    [IterationSetup]
    public void StartLrs()
    {
        _lrs?.Dispose();
        _lrs = NpmLrsProcess.Start();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _lrs?.Dispose();
    }

    [Benchmark(Baseline = true)]
    public async Task<int> RawHttpClientPreSerialized()
    {
        var uri = new Uri(_lrs!.Endpoint, "statements");
        var ok = 0;
        foreach (var json in _serialized)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new StringContent(json, Encoding.UTF8) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            request.Headers.Add("X-Experience-API-Version", "1.0.3");
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", "dGVzdDp0ZXN0");
            using var response = await Http.SendAsync(request);
            response.EnsureSuccessStatusCode();
            ok++;
        }

        return ok;
    }

    [Benchmark]
    public async Task<int> LrsClientBatches()
    {
        var client = new LrsClient(Http, Options.Create(new LrsClientOptions { Endpoint = _lrs!.Endpoint, Username = "test", Password = "test", Version = XapiVersion.V103 }));
        var sent = 0;
        foreach (var batch in _batches)
        {
            sent += (await client.SendStatementsAsync(batch)).Count;
        }

        return sent;
    }
}
