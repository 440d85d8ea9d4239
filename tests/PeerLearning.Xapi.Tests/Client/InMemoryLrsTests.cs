using System.Net;
using System.Net.Http.Headers;
using System.Text;
using PeerLearning.Xapi.Testing;

namespace PeerLearning.Xapi.Tests.Client;

public sealed class InMemoryLrsTests
{
    private const string Statement = """{"actor":{"mbox":"mailto:a@example.org"},"verb":{"id":"http://example.org/v"},"object":{"id":"http://example.org/a"}}""";

    private static HttpRequestMessage Post(string json, string? version = "1.0.3")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "statements") { Content = new StringContent(json, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (version is not null)
        {
            request.Headers.Add("X-Experience-API-Version", version);
        }

        return request;
    }

    [Fact]
    public async Task Requests_without_a_version_header_are_rejected_but_about_is_open()
    {
        using var http = new InMemoryLrs(new InMemoryLrsOptions { Username = "u", Password = "p" }).CreateClient();

        using var about = await http.GetAsync(new Uri("about", UriKind.Relative));
        using var unauthenticated = await http.SendAsync(Post(Statement));
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("u:p")));
        using var noVersion = await http.SendAsync(Post(Statement, version: null));
        using var ok = await http.SendAsync(Post(Statement));

        Assert.Equal(HttpStatusCode.OK, about.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unauthenticated.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noVersion.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
    }

    [Fact]
    public async Task Invalid_statements_get_400_naming_the_path_and_nothing_is_stored()
    {
        var lrs = new InMemoryLrs();
        using var http = lrs.CreateClient();

        using var response = await http.SendAsync(Post("[" + Statement + """,{"actor":{"mbox":"a@example.org"},"verb":{"id":"http://example.org/v"},"object":{"id":"http://example.org/a"}}]"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("$.actor.mbox", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, lrs.StatementCount);
    }

    [Fact]
    public async Task Attachment_parts_must_match_their_hash_and_metadata()
    {
        var lrs = new InMemoryLrs();
        using var http = lrs.CreateClient();
        var content = new AttachmentContent(Encoding.UTF8.GetBytes("abc"), "text/plain");
        var forged = new AttachmentContent(Encoding.UTF8.GetBytes("abd"), "text/plain");
        var statement = StatementSerializer.Serialize(StatementSerializer.Deserialize(Statement) with
        {
            Attachments = [content.ToAttachment("http://example.org/usage", new Dictionary<string, string> { ["en"] = "x" })],
        });

        using var missing = await http.SendAsync(Post(statement));
        using var wrong = new HttpRequestMessage(HttpMethod.Post, "statements") { Content = MultipartMixed.Build(statement, [forged]) };
        wrong.Headers.Add("X-Experience-API-Version", "1.0.3");
        using var wrongResponse = await http.SendAsync(wrong);
        using var right = new HttpRequestMessage(HttpMethod.Post, "statements") { Content = MultipartMixed.Build(statement, [content]) };
        right.Headers.Add("X-Experience-API-Version", "1.0.3");
        using var rightResponse = await http.SendAsync(right);

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrongResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, rightResponse.StatusCode);
        Assert.Equal(1, lrs.StatementCount);
    }
}
