using System.Net;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;
using PeerLearning.Xapi.Testing;

namespace PeerLearning.Xapi.Tests.Client;

public sealed class LrsClientTests
{
    private static LrsClient Client(InMemoryLrs lrs, Action<LrsClientOptions>? configure = null, TimeProvider? time = null, ILogger<LrsClient>? logger = null)
    {
        var options = new LrsClientOptions { Endpoint = lrs.Endpoint };
        configure?.Invoke(options);
        return new LrsClient(lrs.CreateClient(), Options.Create(options), time, logger);
    }

    [Fact]
    public async Task Sent_batch_is_stored_and_read_back_unchanged_under_negotiated_2_0()
    {
        var lrs = new InMemoryLrs();
        var client = Client(lrs);
        var statements = Enumerable.Range(0, 3).Select(i => Statements.Completed(i)).ToList();

        var ids = await client.SendStatementsAsync(statements);
        var read = await client.GetStatementAsync(ids[1]);

        Assert.Equal(XapiVersion.V200, await client.GetVersionAsync());
        Assert.Equal(3, lrs.StatementCount);
        Assert.NotNull(read);
        Assert.Equal(StatementSerializer.Serialize(statements[1] with { Id = ids[1] }), StatementSerializer.Serialize(read with { Stored = null, Authority = null, Version = null }));
        Assert.Equal("2.0.0", read.Version);
    }

    [Fact]
    public async Task Two_point_zero_content_is_dropped_for_a_1_0_3_lrs()
    {
        var lrs = new InMemoryLrs(new InMemoryLrsOptions { Versions = ["1.0.3"] });
        var client = Client(lrs);
        var statement = Statements.Completed(1) with { Context = new Context { ContextAgents = [new ContextAgent(Agent.WithMbox("mentor@example.org"))] }, Version = "2.0.0" };

        var id = await client.SendStatementAsync(statement);

        Assert.Equal(XapiVersion.V103, await client.GetVersionAsync());
        var stored = lrs.FindStatement(id)!;
        Assert.Null(stored["context"]!["contextAgents"]);
        Assert.Equal("1.0.0", (string?)stored["version"]);
    }

    [Fact]
    public async Task Retry_after_from_503_and_429_is_honoured_before_success()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 4, 10, 0, 0, TimeSpan.Zero));
        var lrs = new InMemoryLrs(timeProvider: time);
        var client = Client(lrs, o => o.Version = XapiVersion.V103, time);
        lrs.FailNext(HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(5));
        lrs.FailNext(HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(3));

        var send = client.SendStatementAsync(Statements.Completed(1));
        var advanced = await AdvanceUntilDoneAsync(time, send, TimeSpan.FromMilliseconds(250));

        await send;
        Assert.Equal(3, lrs.Requests.Count);
        Assert.InRange(advanced, TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(8.5));
        Assert.Equal(1, lrs.StatementCount);
    }

    [Fact]
    public async Task Exhausted_retries_end_in_a_typed_exception_with_status_and_body()
    {
        var time = new FakeTimeProvider();
        var lrs = new InMemoryLrs(timeProvider: time);
        var client = Client(lrs, o => { o.Version = XapiVersion.V103; o.MaxRetries = 2; o.RetryBaseDelay = TimeSpan.FromSeconds(1); }, time);
        lrs.FailNext(HttpStatusCode.ServiceUnavailable, times: 3);

        var send = client.SendStatementAsync(Statements.Completed(1));
        var advanced = await AdvanceUntilDoneAsync(time, send, TimeSpan.FromMilliseconds(100));

        var exception = await Assert.ThrowsAsync<LrsException>(() => send);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, exception.StatusCode);
        Assert.Equal("injected failure", exception.ResponseBody);
        Assert.Equal(3, lrs.Requests.Count);
        Assert.InRange(advanced, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(3.2));
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.RequestEntityTooLarge)]
    public async Task Client_errors_are_not_retried(HttpStatusCode status)
    {
        var lrs = new InMemoryLrs();
        var client = Client(lrs, o => o.Version = XapiVersion.V103);
        lrs.FailNext(status, TimeSpan.FromSeconds(1), times: 5);

        var exception = await Assert.ThrowsAsync<LrsException>(() => client.SendStatementAsync(Statements.Completed(1)));

        Assert.Equal(status, exception.StatusCode);
        Assert.Single(lrs.Requests);
    }

    [Fact]
    public async Task Oversized_body_gets_413_from_the_lrs()
    {
        var lrs = new InMemoryLrs(new InMemoryLrsOptions { MaxRequestBytes = 2000 });
        var client = Client(lrs, o => o.Version = XapiVersion.V103);

        var exception = await Assert.ThrowsAsync<LrsException>(() => client.SendStatementsAsync(Enumerable.Range(0, 20).Select(i => Statements.Completed(i)).ToList()));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, exception.StatusCode);
        Assert.Equal(0, lrs.StatementCount);
    }

    [Fact]
    public async Task Wrong_credentials_give_401_and_right_ones_work_with_basic_and_bearer()
    {
        var lrs = new InMemoryLrs(new InMemoryLrsOptions { Username = "key", Password = "secret", BearerToken = "tok-123" });

        var wrong = await Assert.ThrowsAsync<LrsException>(() => Client(lrs, o => { o.Username = "key"; o.Password = "nope"; }).SendStatementAsync(Statements.Completed(1)));
        await Client(lrs, o => { o.Username = "key"; o.Password = "secret"; }).SendStatementAsync(Statements.Completed(2));
        await Client(lrs, o => o.TokenProvider = new FixedToken("tok-123")).SendStatementAsync(Statements.Completed(3));

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(2, lrs.StatementCount);
    }

    [Fact]
    public async Task Credentials_never_appear_in_logs()
    {
        var lrs = new InMemoryLrs(new InMemoryLrsOptions { Username = "key", Password = "s3cr3t-pa55" });
        var collector = new FakeLogCollector();
        var logger = new FakeLogger<LrsClient>(collector);
        lrs.FailNext(HttpStatusCode.ServiceUnavailable, TimeSpan.Zero);

        await Client(lrs, o => { o.Username = "key"; o.Password = "s3cr3t-pa55"; }, logger: logger).SendStatementAsync(Statements.Completed(1));

        var logged = string.Join("\n", collector.GetSnapshot().Select(r => r.Message + " " + string.Join(",", r.StructuredState?.Select(kv => kv.Value) ?? [])));
        Assert.Contains("retry", logged, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("s3cr3t-pa55", logged, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToBase64String(Encoding.UTF8.GetBytes("key:s3cr3t-pa55")), logged, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_http_is_refused_except_to_loopback_or_when_allowed()
    {
        static LrsClient Make(string url, bool allow = false) =>
            new(new HttpClient(), Options.Create(new LrsClientOptions { Endpoint = new Uri(url), AllowInsecureHttp = allow }));

        var exception = Assert.Throws<PeerLearningValidationException>(() => Make("http://lrs.example.org/xAPI/"));
        Assert.Equal("Endpoint", exception.Problems.Single().Field);
        Assert.Equal("http://127.0.0.1:8080/xAPI/", Make("http://127.0.0.1:8080/xAPI").Endpoint.AbsoluteUri);
        Assert.NotNull(Make("http://lrs.example.org/xAPI/", allow: true));
    }

    [Fact]
    public async Task Invalid_statements_are_not_sent_and_every_problem_is_reported()
    {
        var lrs = new InMemoryLrs();
        var client = Client(lrs, o => o.Version = XapiVersion.V103);
        var bad = Statements.Completed(1) with { Actor = new Agent { Name = "nobody" } };

        var exception = await Assert.ThrowsAsync<PeerLearningValidationException>(() => client.SendStatementsAsync([Statements.Completed(0), bad, bad with { Verb = new Verb("nope") }]));

        Assert.Equal([(1, "$.actor"), (2, "$.actor"), (2, "$.verb.id")], exception.Problems.Select(p => (p.ItemIndex!.Value, p.Field)));
        Assert.Empty(lrs.Requests);
    }

    [Fact]
    public async Task Mailboxes_are_hashed_when_privacy_is_on()
    {
        var lrs = new InMemoryLrs();
        var client = Client(lrs, o => o.HashMailboxes = true);

        var id = await client.SendStatementAsync(Statements.Completed(3) with { Context = new Context { Instructor = Agent.WithMbox("mentor@example.org") } });

        var stored = lrs.FindStatement(id)!;
        Assert.Null(stored["actor"]!["mbox"]);
        Assert.Equal(MailboxHashing.Sha1Of("mailto:learner3@example.org"), (string?)stored["actor"]!["mbox_sha1sum"]);
        Assert.Equal(MailboxHashing.Sha1Of("mailto:mentor@example.org"), (string?)stored["context"]!["instructor"]!["mbox_sha1sum"]);
    }

    [Fact]
    public async Task Paging_follows_more_links_resolved_against_the_authority_until_empty()
    {
        var lrs = new InMemoryLrs(new InMemoryLrsOptions { PageSize = 40, Endpoint = new Uri("https://lrs.test/deep/xAPI/") });
        var client = Client(lrs);
        var sent = await client.SendStatementsAsync(Enumerable.Range(0, 250).Select(i => Statements.Completed(i)).ToList());

        var first = await client.QueryStatementsAsync(new StatementQuery { Ascending = true });
        var all = new List<Statement>();
        await foreach (var statement in client.QueryAllStatementsAsync(new StatementQuery { Ascending = true }))
        {
            all.Add(statement);
        }

        Assert.Equal(40, first.Statements.Count);
        Assert.Equal("https://lrs.test/deep/xAPI/statements", first.More!.GetLeftPart(UriPartial.Path));
        Assert.Equal(sent, all.Select(s => s.Id!.Value));
    }

    [Fact]
    public async Task Query_filters_select_by_agent_verb_activity_registration_and_time()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 4, 10, 0, 0, TimeSpan.Zero));
        var lrs = new InMemoryLrs(timeProvider: time);
        var client = Client(lrs);
        var registration = Guid.NewGuid();
        await client.SendStatementsAsync(Enumerable.Range(0, 35).Select(i => Statements.Completed(i)).ToList());
        time.Advance(TimeSpan.FromMinutes(1));
        var later = await client.SendStatementAsync(Statements.Completed(1) with { Context = new Context { Registration = registration } });

        async Task<int> Count(StatementQuery q) => (await client.QueryStatementsAsync(q)).Statements.Count;

        Assert.Equal(6, await Count(new StatementQuery { Agent = Agent.WithMbox("learner1@example.org") }));
        Assert.Equal(8, await Count(new StatementQuery { Activity = "http://example.org/activities/1" }));
        Assert.Equal(0, await Count(new StatementQuery { Verb = "http://example.org/verbs/other" }));
        Assert.Equal(later, (await client.QueryStatementsAsync(new StatementQuery { Registration = registration })).Statements.Single().Id);
        Assert.Equal(1, await Count(new StatementQuery { Since = time.GetUtcNow().AddSeconds(-30) }));
        Assert.Equal(35, await Count(new StatementQuery { Until = time.GetUtcNow().AddSeconds(-30) }));
        Assert.Equal(5, await Count(new StatementQuery { Limit = 5 }));
    }

    [Fact]
    public async Task Voided_statement_is_only_found_by_voided_id()
    {
        var lrs = new InMemoryLrs();
        var client = Client(lrs);
        var id = await client.SendStatementAsync(Statements.Completed(1));

        await client.VoidStatementAsync(id, Agent.WithMbox("admin@example.org"));

        Assert.Null(await client.GetStatementAsync(id));
        Assert.Equal(id, (await client.GetVoidedStatementAsync(id))!.Id);
    }

    [Fact]
    public async Task Put_of_a_different_statement_under_an_existing_id_is_a_conflict()
    {
        var lrs = new InMemoryLrs();
        var client = Client(lrs);
        var statement = Statements.Completed(1) with { Id = Guid.NewGuid() };
        await client.PutStatementAsync(statement);
        await client.PutStatementAsync(statement);

        var exception = await Assert.ThrowsAsync<LrsException>(() => client.PutStatementAsync(statement with { Verb = new Verb("http://example.org/verbs/failed") }));

        Assert.True(exception.IsConflict);
        Assert.Equal(1, lrs.StatementCount);
    }

    [Fact]
    public async Task Attachments_travel_as_multipart_both_ways_with_sha256()
    {
        var lrs = new InMemoryLrs();
        var client = Client(lrs);
        var content = new AttachmentContent(Encoding.UTF8.GetBytes("session notes: agreed goals"), "text/plain");
        var statement = Statements.Completed(1) with { Attachments = [content.ToAttachment("http://id.tincanapi.com/attachment/supporting_media", new Dictionary<string, string> { ["en"] = "Notes" })] };

        var id = await client.SendStatementAsync(statement, [content]);
        var page = await client.GetStatementWithAttachmentsAsync(id);

        Assert.Equal(content.Sha2, page!.Statements.Single().Attachments!.Single().Sha2);
        Assert.Equal("session notes: agreed goals", Encoding.UTF8.GetString(page.Attachments![content.Sha2].Content.Span));
    }

    [Fact]
    public async Task State_documents_use_etags_for_concurrency()
    {
        var lrs = new InMemoryLrs();
        var client = Client(lrs);
        var address = DocumentAddress.State("http://example.org/a", Agent.WithMbox("a@example.org"), "progress", Guid.NewGuid());

        await client.PutDocumentAsync(address, XapiDocument.FromJson(new JObject { ["step"] = 1, ["keep"] = true }));
        var first = await client.GetDocumentAsync(address);
        await client.PostDocumentAsync(address, XapiDocument.FromJson(new JObject { ["step"] = 2 }), DocumentPrecondition.IfMatches(first!.ETag!));
        var stale = await Assert.ThrowsAsync<LrsException>(() => client.PutDocumentAsync(address, XapiDocument.FromJson(new JObject { ["step"] = 3 }), DocumentPrecondition.IfMatches(first.ETag!)));
        var second = await client.GetDocumentAsync(address);
        var ids = await client.GetDocumentIdsAsync(DocumentAddress.State("http://example.org/a", Agent.WithMbox("a@example.org"), null, null));

        Assert.True(stale.IsPreconditionFailed);
        Assert.NotEqual(first.ETag, second!.ETag);
        Assert.True(JToken.DeepEquals(new JObject { ["step"] = 2, ["keep"] = true }, second.ToJson()));
        Assert.Empty(ids);
    }

    [Fact]
    public async Task Profiles_need_a_precondition_to_overwrite_and_list_ids_since()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 4, 10, 0, 0, TimeSpan.Zero));
        var lrs = new InMemoryLrs(timeProvider: time);
        var client = Client(lrs);
        var agentProfile = DocumentAddress.AgentProfile(Agent.WithMbox("a@example.org"), "preferences");
        var activityProfile = DocumentAddress.ActivityProfile("http://example.org/a", "rubric");

        await client.PutDocumentAsync(agentProfile, XapiDocument.FromJson(new JObject { ["lang"] = "en" }), DocumentPrecondition.IfAbsent);
        time.Advance(TimeSpan.FromMinutes(5));
        await client.PutDocumentAsync(DocumentAddress.AgentProfile(Agent.WithMbox("a@example.org"), "goals"), XapiDocument.FromJson(new JObject()));
        var conflict = await Assert.ThrowsAsync<LrsException>(() => client.PutDocumentAsync(agentProfile, XapiDocument.FromJson(new JObject { ["lang"] = "de" })));
        var exists = await Assert.ThrowsAsync<LrsException>(() => client.PutDocumentAsync(agentProfile, XapiDocument.FromJson(new JObject()), DocumentPrecondition.IfAbsent));
        await client.PutDocumentAsync(activityProfile, XapiDocument.FromJson(new JObject { ["levels"] = 4 }));
        var etag = (await client.GetDocumentAsync(activityProfile))!.ETag!;
        await client.DeleteDocumentAsync(activityProfile, DocumentPrecondition.IfMatches(etag));

        Assert.True(conflict.IsConflict);
        Assert.True(exists.IsPreconditionFailed);
        Assert.Equal(["goals"], await client.GetDocumentIdsAsync(DocumentAddress.AgentProfile(Agent.WithMbox("a@example.org"), null), time.GetUtcNow().AddMinutes(-1)));
        Assert.Null(await client.GetDocumentAsync(activityProfile));
    }

    [Fact]
    public async Task Activities_agents_and_about_resources_are_read()
    {
        var lrs = new InMemoryLrs();
        var client = Client(lrs);
        await client.SendStatementAsync(Statements.Completed(2));

        var about = await client.GetAboutAsync();
        var activity = await client.GetActivityAsync("http://example.org/activities/2");
        var person = await client.GetPersonAsync(Agent.WithMbox("learner2@example.org"));

        Assert.Equal(["1.0.3", "2.0.0"], about.Versions);
        Assert.Equal("Activity 2", activity.Definition!.Name!["en-US"]);
        Assert.Equal("Learner 2", (string?)person["name"]![0]);
    }

    [Fact]
    public async Task A_hanging_request_times_out_per_attempt()
    {
        var handler = new HangingHandler();
        var client = new LrsClient(new HttpClient(handler), Options.Create(new LrsClientOptions
        {
            Endpoint = new Uri("https://lrs.test/xAPI/"),
            Version = XapiVersion.V103,
            RequestTimeout = TimeSpan.FromMilliseconds(100),
            MaxRetries = 1,
            RetryBaseDelay = TimeSpan.Zero,
        }));

        var exception = await Assert.ThrowsAsync<LrsException>(() => client.SendStatementAsync(Statements.Completed(1)));

        Assert.Contains("timed out", exception.Message, StringComparison.Ordinal);
        Assert.Equal(2, handler.Calls);
    }

    [Fact]
    public async Task Caller_cancellation_is_not_retried()
    {
        var client = new LrsClient(new HttpClient(new HangingHandler()), Options.Create(new LrsClientOptions { Endpoint = new Uri("https://lrs.test/xAPI/"), Version = XapiVersion.V103 }));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.SendStatementAsync(Statements.Completed(1), null, cancellation.Token));
    }

    private static async Task<TimeSpan> AdvanceUntilDoneAsync(FakeTimeProvider time, Task task, TimeSpan step)
    {
        var advanced = TimeSpan.Zero;
        for (var i = 0; i < 10_000 && !task.IsCompleted; i++)
        {
            await Task.Delay(1);
            if (task.IsCompleted)
            {
                break;
            }

            time.Advance(step);
            advanced += step;
        }

        return advanced;
    }

    private sealed class FixedToken(string token) : ILrsTokenProvider
    {
        public ValueTask<string> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult(token);
    }

    private sealed class HangingHandler : HttpMessageHandler
    {
        private int _calls;

        public int Calls => _calls;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable");
        }
    }
}
