using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;
using PeerLearning.Xapi.Tests.Client;
using PeerLearning.Xapi.Tests.Node;

namespace PeerLearning.Xapi.Tests.Integration;

/// <summary>Against Learning Locker's xapi-statements@5.0.1 and xapi-activities@3.0.6, installed from npm at test time.</summary>
[Trait("Category", "Integration")]
[Collection(NodeLrsGroup.Name)]
public sealed class NpmLrsIntegrationTests(NodeLrsFixture fixture)
{
    private async Task<LrsClient> StatementsClientAsync()
    {
        var (statements, _) = await fixture.StartAsync();
        return new LrsClient(new HttpClient(), Options.Create(new LrsClientOptions { Endpoint = statements, Username = "test", Password = "test" }));
    }

    private async Task<LrsClient> ActivitiesClientAsync()
    {
        var (_, activities) = await fixture.StartAsync();
        return new LrsClient(new HttpClient(), Options.Create(new LrsClientOptions { Endpoint = activities, Version = XapiVersion.V103 }));
    }

    [NodeFact]
    public async Task Corpus_of_all_object_types_with_attachments_and_signature_round_trips_exactly()
    {
        var client = await StatementsClientAsync();
        using var key = RSA.Create(2048);
        var notes = new AttachmentContent(Encoding.UTF8.GetBytes("notes of the mentoring session"), "text/plain");
        var (corpus, contents) = RoundTripCorpus.Build(notes, key);

        var ids = await client.SendStatementsAsync(corpus, contents);

        Assert.Equal(XapiVersion.V103, await client.GetVersionAsync());
        for (var i = 0; i < corpus.Count; i++)
        {
            var page = await client.GetStatementWithAttachmentsAsync(ids[i]);
            var fetched = page!.Statements.Single();
            var fetchedJson = StatementSerializer.ToJObject(fetched);

            // Exact round trip: what the LRS returned, read and written again, is the same JSON.
            var raw = await RawStatementAsync(client, ids[i]);
            Assert.True(JToken.DeepEquals(raw, StatementSerializer.ParseJson(StatementSerializer.Serialize(StatementSerializer.FromJToken(raw)))), $"statement {i} changed on re-serialization:\n{raw}");

            // And the LRS kept what we sent (apart from what it sets itself).
            var sent = StatementSerializer.ToJObject(corpus[i] with { Id = ids[i] });
            foreach (var name in new[] { "stored", "authority", "version" })
            {
                fetchedJson.Remove(name);
            }

            Assert.True(JToken.DeepEquals(sent, fetchedJson), $"statement {i} differs:\nsent    {sent}\nfetched {fetchedJson}");
            foreach (var attachment in fetched.Attachments ?? [])
            {
                Assert.True(page.Attachments!.ContainsKey(attachment.Sha2), $"attachment {attachment.Sha2} of statement {i} was not returned");
            }

            if (fetched.Attachments?.FirstOrDefault(a => a.UsageType == Attachment.SignatureUsageType) is { } signature)
            {
                Assert.True(StatementSigner.Verify(fetched, page.Attachments![signature.Sha2].Content, key).IsValid);
            }
        }
    }

    [NodeFact]
    public async Task Voided_statement_is_hidden_from_statementId_and_found_by_voidedStatementId()
    {
        var client = await StatementsClientAsync();
        var id = await client.SendStatementAsync(Statements.Completed(1));

        var voiding = await client.VoidStatementAsync(id, Agent.WithMbox("admin@example.org"));

        Assert.Null(await client.GetStatementAsync(id));
        Assert.Equal(id, (await client.GetVoidedStatementAsync(id))!.Id);
        Assert.Equal(Verb.VoidedId, (await client.GetStatementAsync(voiding))!.Verb.Id);
    }

    [NodeFact]
    public async Task Paging_through_1100_statements_in_batches_of_500_returns_each_once()
    {
        var client = await StatementsClientAsync();
        var registration = Guid.NewGuid();
        var sent = new List<Guid>();
        var statements = Enumerable.Range(0, 1100).Select(i => Statements.Completed(i) with { Context = new Context { Registration = registration } }).ToList();
        foreach (var batch in statements.Chunk(500))
        {
            sent.AddRange(await client.SendStatementsAsync(batch));
        }

        var pages = 0;
        var received = new List<Guid>();
        var page = await client.QueryStatementsAsync(new StatementQuery { Registration = registration, Limit = 100, Ascending = true });
        while (true)
        {
            pages++;
            received.AddRange(page.Statements.Select(s => s.Id!.Value));
            if (page.More is null)
            {
                break;
            }

            Assert.Equal(client.Endpoint.GetLeftPart(UriPartial.Authority), page.More.GetLeftPart(UriPartial.Authority));
            page = await client.GetMoreStatementsAsync(page.More);
        }

        Assert.Equal(11, pages);
        Assert.Equal(sent.Order(), received.Order());
        Assert.Equal(received.Count, received.Distinct().Count());
    }

    [NodeFact]
    public async Task A_different_statement_under_an_existing_id_is_a_conflict()
    {
        var client = await StatementsClientAsync();
        var statement = Statements.Completed(2) with { Id = Guid.NewGuid() };
        await client.PutStatementAsync(statement);

        var put = await Assert.ThrowsAsync<LrsException>(() => client.PutStatementAsync(statement with { Result = new Result { Success = false } }));
        var post = await Assert.ThrowsAsync<LrsException>(() => client.SendStatementAsync(statement with { Verb = new Verb("http://example.org/verbs/other") }));

        Assert.True(put.IsConflict, put.Message);
        Assert.True(post.IsConflict, post.Message);
        Assert.Equal(statement.Verb.Id, (await client.GetStatementAsync(statement.Id!.Value))!.Verb.Id);
    }

    [NodeFact]
    public async Task Activity_profile_etag_cases_against_xapi_activities()
    {
        var client = await ActivitiesClientAsync();
        var address = DocumentAddress.ActivityProfile("http://example.org/programs/" + Guid.NewGuid().ToString("N"), "rubric");

        await client.PutDocumentAsync(address, XapiDocument.FromJson(new JObject { ["levels"] = 3 }), DocumentPrecondition.IfAbsent);
        var created = await client.GetDocumentAsync(address);
        var absent = await Assert.ThrowsAsync<LrsException>(() => client.PutDocumentAsync(address, XapiDocument.FromJson(new JObject()), DocumentPrecondition.IfAbsent));
        var blind = await Assert.ThrowsAsync<LrsException>(() => client.PutDocumentAsync(address, XapiDocument.FromJson(new JObject { ["levels"] = 9 })));
        await client.PutDocumentAsync(address, XapiDocument.FromJson(new JObject { ["levels"] = 4 }), DocumentPrecondition.IfMatches(created!.ETag!));
        var stale = await Assert.ThrowsAsync<LrsException>(() => client.PutDocumentAsync(address, XapiDocument.FromJson(new JObject { ["levels"] = 5 }), DocumentPrecondition.IfMatches(created.ETag!)));
        var updated = await client.GetDocumentAsync(address);
        await client.PostDocumentAsync(address, XapiDocument.FromJson(new JObject { ["scale"] = "likert" }), DocumentPrecondition.IfMatches(updated!.ETag!));
        var merged = await client.GetDocumentAsync(address);
        var ids = await client.GetDocumentIdsAsync(DocumentAddress.ActivityProfile(ExtractActivity(address), null));
        var staleDelete = await Assert.ThrowsAsync<LrsException>(() => client.DeleteDocumentAsync(address, DocumentPrecondition.IfMatches(updated.ETag!)));
        await client.DeleteDocumentAsync(address, DocumentPrecondition.IfMatches(merged!.ETag!));

        Assert.True(absent.IsPreconditionFailed, absent.Message);
        Assert.True(blind.IsConflict, blind.Message);
        Assert.True(stale.IsPreconditionFailed, stale.Message);
        Assert.True(staleDelete.IsPreconditionFailed, staleDelete.Message);
        Assert.NotEqual(created.ETag, updated.ETag);
        Assert.True(JToken.DeepEquals(new JObject { ["levels"] = 4, ["scale"] = "likert" }, merged.ToJson()), merged.Text);
        Assert.Equal(["rubric"], ids);
        Assert.Null(await client.GetDocumentAsync(address));
    }

    [NodeFact]
    public async Task Statements_mapped_from_every_event_kind_are_accepted_and_resending_them_is_no_conflict()
    {
        var client = await StatementsClientAsync();
        var sink = new LrsLearningEventSink(client, new LearningEventStatementMapper(new LearningEventMappingOptions { ActivityBase = new Uri($"https://lms.example.org/{Guid.NewGuid():N}/") }));
        var events = Client.LearningEventMappingTests.AllKinds().Select(e => e with { EventId = e.EventId + Guid.NewGuid().ToString("N") }).ToList();

        await sink.PublishAsync(events);
        await sink.PublishAsync(events);

        var mapped = events.SelectMany(new LearningEventStatementMapper(new LearningEventMappingOptions()).Map).ToList();
        foreach (var statement in mapped)
        {
            Assert.NotNull(await client.GetStatementAsync(statement.Id!.Value));
        }
    }

    private static string ExtractActivity(DocumentAddress address) => address.Parameters.Single(p => p.Key == "activityId").Value;

    private static async Task<JObject> RawStatementAsync(LrsClient client, Guid id)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(client.Endpoint, "statements?statementId=" + id.ToString("D")));
        request.Headers.Add("X-Experience-API-Version", "1.0.3");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("test:test")));
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (JObject)StatementSerializer.ParseJson(await response.Content.ReadAsStringAsync());
    }
}
