using System.Collections.Specialized;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Web;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace PeerLearning.Xapi.Testing;

/// <summary>
/// A spec-following xAPI LRS that lives in the test process: statements (POST/PUT/GET, queries, paging, voiding,
/// attachments), State, Activity Profile and Agent Profile documents with ETags, Activities, Agents and About,
/// Basic/bearer credentials, and injectable failures (413, 429, 503 with Retry-After). Requests reach it through
/// <see cref="CreateHandler"/>, so no port is opened.
/// </summary>
public sealed class InMemoryLrs
{
    private static readonly HashSet<string> LrsSetProperties = ["id", "stored", "authority", "version", "timestamp"];
    private readonly object _gate = new();
    private readonly InMemoryLrsOptions _options;
    private readonly TimeProvider _time;
    private readonly List<StoredStatement> _statements = [];
    private readonly Dictionary<Guid, StoredStatement> _byId = [];
    private readonly Dictionary<string, StoredDocument> _documents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AttachmentContent> _attachments = new(StringComparer.OrdinalIgnoreCase);
    private readonly Queue<(HttpStatusCode Status, TimeSpan? RetryAfter)> _failures = new();
    private readonly List<string> _requests = [];
    private long _sequence;

    /// <summary>Creates an empty LRS.</summary>
    public InMemoryLrs(InMemoryLrsOptions? options = null, TimeProvider? timeProvider = null)
    {
        _options = options ?? new InMemoryLrsOptions();
        _time = timeProvider ?? TimeProvider.System;
        var endpoint = _options.Endpoint.AbsoluteUri;
        Endpoint = new Uri(endpoint.EndsWith('/') ? endpoint : endpoint + "/");
    }

    /// <summary>The endpoint (with a trailing slash).</summary>
    public Uri Endpoint { get; }

    /// <summary>How many statements are stored (voided ones included).</summary>
    public int StatementCount
    {
        get
        {
            lock (_gate)
            {
                return _statements.Count;
            }
        }
    }

    /// <summary>Every request received, as <c>METHOD path</c> (no query, no credentials), oldest first.</summary>
    public IReadOnlyList<string> Requests
    {
        get
        {
            lock (_gate)
            {
                return _requests.ToList();
            }
        }
    }

    /// <summary>A handler that serves this LRS; give it to an <see cref="HttpClient"/> or an IHttpClientFactory registration.</summary>
    public HttpMessageHandler CreateHandler() => new Handler(this);

    /// <summary>An <see cref="HttpClient"/> bound to this LRS.</summary>
    public HttpClient CreateClient() => new(CreateHandler()) { BaseAddress = Endpoint };

    /// <summary>The next <paramref name="times"/> requests fail with <paramref name="status"/> (and Retry-After when given).</summary>
    public void FailNext(HttpStatusCode status, TimeSpan? retryAfter = null, int times = 1)
    {
        lock (_gate)
        {
            for (var i = 0; i < times; i++)
            {
                _failures.Enqueue((status, retryAfter));
            }
        }
    }

    /// <summary>The stored statement with <paramref name="id"/> as the LRS holds it, or null.</summary>
    public JObject? FindStatement(Guid id)
    {
        lock (_gate)
        {
            return _byId.TryGetValue(id, out var stored) ? (JObject)stored.Json.DeepClone() : null;
        }
    }

    private async Task<HttpResponseMessage> HandleAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        lock (_gate)
        {
            var path = request.RequestUri!.AbsolutePath;
            _requests.Add(request.Method.Method + " " + path);
            if (_failures.TryDequeue(out var failure))
            {
                var failed = Text(failure.Status, "injected failure");
                if (failure.RetryAfter is { } retryAfter)
                {
                    failed.Headers.RetryAfter = new RetryConditionHeaderValue(retryAfter);
                }

                return failed;
            }

            if (body.Length > _options.MaxRequestBytes)
            {
                return Text(HttpStatusCode.RequestEntityTooLarge, $"request body of {body.Length} bytes exceeds {_options.MaxRequestBytes}");
            }

            var basePath = Endpoint.AbsolutePath;
            if (!path.StartsWith(basePath, StringComparison.Ordinal))
            {
                return Text(HttpStatusCode.NotFound, "not an xAPI resource");
            }

            var resource = path[basePath.Length..].TrimEnd('/');
            if (resource == "about" && request.Method == HttpMethod.Get)
            {
                return Json(HttpStatusCode.OK, new JObject { ["version"] = new JArray(_options.Versions) });
            }

            if (!Authorized(request))
            {
                var unauthorized = Text(HttpStatusCode.Unauthorized, "credentials required");
                unauthorized.Headers.WwwAuthenticate.Add(new AuthenticationHeaderValue("Basic", "realm=\"xAPI\""));
                return unauthorized;
            }

            var version = request.Headers.TryGetValues("X-Experience-API-Version", out var versions) ? versions.FirstOrDefault() : null;
            if (version is null || !_options.Versions.Any(v => v == version || (v.StartsWith("1.0", StringComparison.Ordinal) && version.StartsWith("1.0", StringComparison.Ordinal))))
            {
                return Text(HttpStatusCode.BadRequest, "X-Experience-API-Version header missing or unsupported");
            }

            var xapiVersion = version.StartsWith("2.", StringComparison.Ordinal) ? XapiVersion.V200 : XapiVersion.V103;
            var query = HttpUtility.ParseQueryString(request.RequestUri.Query);
            try
            {
                var response = (resource, request.Method.Method) switch
                {
                    ("statements", "POST") => PostStatements(request, body, xapiVersion, version),
                    ("statements", "PUT") => PutStatement(request, body, query, xapiVersion, version),
                    ("statements", "GET") => GetStatements(query),
                    ("activities/state", _) => Document(request, body, query, "activities/state", "stateId", requirePrecondition: false),
                    ("activities/profile", _) => Document(request, body, query, "activities/profile", "profileId", requirePrecondition: true),
                    ("agents/profile", _) => Document(request, body, query, "agents/profile", "profileId", requirePrecondition: true),
                    ("activities", "GET") => GetActivity(query),
                    ("agents", "GET") => GetPerson(query),
                    _ => Text(HttpStatusCode.MethodNotAllowed, $"{request.Method} {resource} is not supported"),
                };
                response.Headers.TryAddWithoutValidation("X-Experience-API-Version", version);
                return response;
            }
            catch (Exception exception) when (exception is JsonException or FormatException or PeerLearningValidationException or ArgumentException)
            {
                return Text(HttpStatusCode.BadRequest, exception.Message);
            }
        }
    }

    private bool Authorized(HttpRequestMessage request)
    {
        if (_options.Username is null && _options.BearerToken is null)
        {
            return true;
        }

        var authorization = request.Headers.Authorization;
        if (authorization is null)
        {
            return false;
        }

        if (_options.BearerToken is { } token && authorization.Scheme == "Bearer" && authorization.Parameter == token)
        {
            return true;
        }

        return _options.Username is { } user && authorization.Scheme == "Basic"
            && authorization.Parameter == Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + _options.Password));
    }

    private HttpResponseMessage PostStatements(HttpRequestMessage request, byte[] body, XapiVersion version, string versionHeader)
    {
        var (json, attachments) = ReadStatementsBody(request, body);
        var array = json as JArray ?? new JArray(json);
        return Store(array, attachments, version, versionHeader, putId: null) ?? Json(HttpStatusCode.OK, new JArray(array.Select(s => s["id"])));
    }

    private HttpResponseMessage PutStatement(HttpRequestMessage request, byte[] body, NameValueCollection query, XapiVersion version, string versionHeader)
    {
        if (!Guid.TryParse(query["statementId"], out var id))
        {
            return Text(HttpStatusCode.BadRequest, "PUT needs a statementId parameter");
        }

        var (json, attachments) = ReadStatementsBody(request, body);
        if (json is not JObject statement)
        {
            return Text(HttpStatusCode.BadRequest, "PUT takes one statement");
        }

        if (statement["id"] is { } given && !string.Equals((string?)given, id.ToString("D"), StringComparison.OrdinalIgnoreCase))
        {
            return Text(HttpStatusCode.BadRequest, "the statement id differs from statementId");
        }

        return Store(new JArray(statement), attachments, version, versionHeader, id) ?? new HttpResponseMessage(HttpStatusCode.NoContent);
    }

    private static (JToken Json, Dictionary<string, AttachmentContent> Attachments) ReadStatementsBody(HttpRequestMessage request, byte[] body)
    {
        var attachments = new Dictionary<string, AttachmentContent>(StringComparer.OrdinalIgnoreCase);
        var mediaType = request.Content?.Headers.ContentType;
        if (mediaType?.MediaType?.StartsWith("multipart/mixed", StringComparison.OrdinalIgnoreCase) != true)
        {
            return (StatementSerializer.ParseJson(Encoding.UTF8.GetString(body)), attachments);
        }

        var boundary = mediaType.Parameters.First(p => string.Equals(p.Name, "boundary", StringComparison.OrdinalIgnoreCase)).Value!.Trim('"');
        var parts = MultipartMixed.Parse(body, boundary);
        foreach (var part in parts.Skip(1))
        {
            var content = new AttachmentContent(part.Body, part.Headers.TryGetValue("Content-Type", out var type) ? type : "application/octet-stream");
            if (!part.Headers.TryGetValue("X-Experience-API-Hash", out var hash) || !string.Equals(hash, content.Sha2, StringComparison.OrdinalIgnoreCase))
            {
                throw new FormatException("an attachment part lacks X-Experience-API-Hash or its SHA-256 differs");
            }

            attachments[content.Sha2] = content;
        }

        return (StatementSerializer.ParseJson(Encoding.UTF8.GetString(parts[0].Body.Span)), attachments);
    }

    private HttpResponseMessage? Store(JArray array, Dictionary<string, AttachmentContent> attachments, XapiVersion version, string versionHeader, Guid? putId)
    {
        var problems = StatementValidator.ValidateJson(array, version);
        if (problems.Count > 0)
        {
            return Text(HttpStatusCode.BadRequest, string.Join("\n", problems));
        }

        var now = XapiTimestamp.FromDateTimeOffset(_time.GetUtcNow()).Text;
        var accepted = new List<StoredStatement>();
        var seen = new HashSet<Guid>();
        foreach (var statement in array.Cast<JObject>())
        {
            var id = putId ?? (statement["id"] is { } given ? Guid.Parse((string)given!) : Guid.NewGuid());
            statement["id"] = id.ToString("D");
            if (!seen.Add(id))
            {
                return Text(HttpStatusCode.BadRequest, $"statement id {id} appears twice in the batch");
            }

            if (_byId.TryGetValue(id, out var existing))
            {
                if (!SameStatement(existing.Json, statement))
                {
                    return Text(HttpStatusCode.Conflict, $"a different statement with id {id} exists");
                }

                continue;
            }

            foreach (var attachment in statement["attachments"] as JArray ?? [])
            {
                if (attachment["fileUrl"] is null && !attachments.ContainsKey((string)attachment["sha2"]!))
                {
                    return Text(HttpStatusCode.BadRequest, $"attachment {(string)attachment["sha2"]!} has neither content nor fileUrl");
                }
            }

            var stored = (JObject)statement.DeepClone();
            stored["timestamp"] ??= now;
            stored["stored"] = now;
            stored["authority"] ??= new JObject { ["objectType"] = "Agent", ["account"] = new JObject { ["homePage"] = Endpoint.GetLeftPart(UriPartial.Authority), ["name"] = _options.Username ?? "anonymous" } };
            stored["version"] ??= version == XapiVersion.V200 ? versionHeader : "1.0.0";
            accepted.Add(new StoredStatement(id, stored, ++_sequence));
        }

        foreach (var statement in accepted)
        {
            _statements.Add(statement);
            _byId[statement.Id] = statement;
            if ((string?)statement.Json["verb"]?["id"] == Verb.VoidedId && Guid.TryParse((string?)statement.Json["object"]?["id"], out var target)
                && _byId.TryGetValue(target, out var voided) && (string?)voided.Json["verb"]?["id"] != Verb.VoidedId)
            {
                voided.Voided = true;
            }
        }

        foreach (var (sha, content) in attachments)
        {
            _attachments[sha] = content;
        }

        return null;
    }

    private static bool SameStatement(JObject stored, JObject incoming)
    {
        JObject Strip(JObject o)
        {
            var copy = (JObject)o.DeepClone();
            foreach (var name in LrsSetProperties)
            {
                copy.Remove(name);
            }

            return copy;
        }

        return JToken.DeepEquals(Strip(stored), Strip(incoming));
    }

    private HttpResponseMessage GetStatements(NameValueCollection query)
    {
        var wantAttachments = query["attachments"] == "true";
        var sid = query["statementId"];
        if (sid is not null || query["voidedStatementId"] is not null)
        {
            var voided = sid is null;
            if (!Guid.TryParse(sid ?? query["voidedStatementId"], out var id))
            {
                return Text(HttpStatusCode.BadRequest, "not a UUID");
            }

            if (!_byId.TryGetValue(id, out var found) || found.Voided != voided)
            {
                return Text(HttpStatusCode.NotFound, "no such statement");
            }

            return StatementsResponse(found.Json, [found], wantAttachments);
        }

        var matches = _statements.Where(s => !s.Voided && Matches(s.Json, query)).ToList();
        if (query["ascending"] != "true")
        {
            matches.Reverse();
        }

        var offset = int.TryParse(query["cursor"], NumberStyles.None, CultureInfo.InvariantCulture, out var c) ? c : 0;
        var limit = int.TryParse(query["limit"], NumberStyles.None, CultureInfo.InvariantCulture, out var l) && l > 0 ? Math.Min(l, _options.PageSize) : _options.PageSize;
        var page = matches.Skip(offset).Take(limit).ToList();
        var more = string.Empty;
        if (offset + page.Count < matches.Count)
        {
            var next = HttpUtility.ParseQueryString(string.Empty);
            foreach (var key in query.AllKeys)
            {
                if (key is not null and not "cursor")
                {
                    next[key] = query[key];
                }
            }

            next["cursor"] = (offset + page.Count).ToString(CultureInfo.InvariantCulture);
            more = Endpoint.AbsolutePath + "statements?" + next;
        }

        var result = new JObject { ["statements"] = new JArray(page.Select(s => s.Json.DeepClone())), ["more"] = more };
        return StatementsResponse(result, page, wantAttachments);
    }

    private HttpResponseMessage StatementsResponse(JToken json, IEnumerable<StoredStatement> statements, bool wantAttachments)
    {
        if (!wantAttachments)
        {
            return Json(HttpStatusCode.OK, json);
        }

        var contents = statements
            .SelectMany(s => s.Json["attachments"] as JArray ?? [])
            .Select(a => (string)a["sha2"]!)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(_attachments.ContainsKey)
            .Select(sha => _attachments[sha]);
        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = MultipartMixed.Build(json.ToString(Formatting.None), contents) };
        return response;
    }

    private static bool Matches(JObject statement, NameValueCollection query)
    {
        var relatedAgents = query["related_agents"] == "true";
        var relatedActivities = query["related_activities"] == "true";
        if (query["agent"] is { } agentJson)
        {
            var key = AgentKey(JObject.Parse(agentJson));
            var candidates = new List<JToken?> { statement["actor"], statement["object"] };
            if (relatedAgents)
            {
                candidates.AddRange([statement["authority"], statement["context"]?["instructor"], statement["context"]?["team"], statement["object"]?["actor"], statement["object"]?["object"]]);
            }

            if (!candidates.Any(c => c is JObject o && (AgentKey(o) == key || (relatedAgents && o["member"] is JArray members && members.OfType<JObject>().Any(m => AgentKey(m) == key)))))
            {
                return false;
            }
        }

        if (query["verb"] is { } verb && (string?)statement["verb"]?["id"] != verb)
        {
            return false;
        }

        if (query["activity"] is { } activity)
        {
            var ids = new List<string?> { (string?)statement["object"]?["id"] };
            if (relatedActivities)
            {
                ids.AddRange(((JObject?)statement["context"]?["contextActivities"])?.Properties().SelectMany(p => p.Value is JArray a ? a : new JArray(p.Value)).Select(a => (string?)a["id"]) ?? []);
                ids.Add((string?)statement["object"]?["object"]?["id"]);
            }

            if (!ids.Contains(activity))
            {
                return false;
            }
        }

        if (query["registration"] is { } registration && !string.Equals((string?)statement["context"]?["registration"], registration, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var stored = XapiTimestamp.Parse((string)statement["stored"]!).Value;
        if (query["since"] is { } since && stored <= XapiTimestamp.Parse(since).Value)
        {
            return false;
        }

        return query["until"] is not { } until || stored <= XapiTimestamp.Parse(until).Value;
    }

    private HttpResponseMessage Document(HttpRequestMessage request, byte[] body, NameValueCollection query, string resource, string idName, bool requirePrecondition)
    {
        var scope = DocumentScope(resource, query);
        var id = query[idName];
        var method = request.Method.Method;
        if (id is null)
        {
            if (method == "GET")
            {
                var since = query["since"] is { } s ? XapiTimestamp.Parse(s).Value : (DateTimeOffset?)null;
                var ids = _documents.Values.Where(d => d.Scope == scope && (since is null || d.Updated > since)).Select(d => d.Id).Order(StringComparer.Ordinal);
                return Json(HttpStatusCode.OK, new JArray(ids));
            }

            if (method == "DELETE" && resource == "activities/state")
            {
                foreach (var key in _documents.Where(d => d.Value.Scope == scope).Select(d => d.Key).ToList())
                {
                    _documents.Remove(key);
                }

                return new HttpResponseMessage(HttpStatusCode.NoContent);
            }

            return Text(HttpStatusCode.BadRequest, idName + " is required");
        }

        var documentKey = scope + "\n" + id;
        _documents.TryGetValue(documentKey, out var existing);
        if (method == "GET")
        {
            if (existing is null)
            {
                return Text(HttpStatusCode.NotFound, "no such document");
            }

            var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(existing.Content) };
            response.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(existing.ContentType);
            response.Headers.ETag = new EntityTagHeaderValue(existing.ETag);
            response.Content.Headers.LastModified = existing.Updated;
            return response;
        }

        var ifMatch = request.Headers.TryGetValues("If-Match", out var m) ? m.First() : null;
        var ifNoneMatch = request.Headers.TryGetValues("If-None-Match", out var n) ? n.First() : null;
        if (ifMatch is not null && (existing is null || (ifMatch != "*" && !ifMatch.Split(',').Select(t => t.Trim()).Contains(existing.ETag))))
        {
            return Text(HttpStatusCode.PreconditionFailed, "If-Match does not match the current ETag");
        }

        if (ifNoneMatch == "*" && existing is not null)
        {
            return Text(HttpStatusCode.PreconditionFailed, "the document exists (If-None-Match: *)");
        }

        if (method == "DELETE")
        {
            _documents.Remove(documentKey);
            return new HttpResponseMessage(HttpStatusCode.NoContent);
        }

        if (method == "PUT" && requirePrecondition && existing is not null && ifMatch is null && ifNoneMatch is null)
        {
            return Text(HttpStatusCode.Conflict, "the document exists: send If-Match or If-None-Match");
        }

        var contentType = request.Content?.Headers.ContentType?.ToString() ?? "application/octet-stream";
        var content = body;
        if (method == "POST" && existing is not null)
        {
            if (!IsJson(contentType) || !IsJson(existing.ContentType))
            {
                return Text(HttpStatusCode.BadRequest, "POST merges JSON documents only");
            }

            var merged = JObject.Parse(Encoding.UTF8.GetString(existing.Content));
            merged.Merge(JObject.Parse(Encoding.UTF8.GetString(body)), new JsonMergeSettings { MergeArrayHandling = MergeArrayHandling.Replace, MergeNullValueHandling = MergeNullValueHandling.Merge });
            content = Encoding.UTF8.GetBytes(merged.ToString(Formatting.None));
            contentType = "application/json";
        }
        else if (method == "POST" && IsJson(contentType))
        {
            JObject.Parse(Encoding.UTF8.GetString(body));
        }
        else if (method is not ("PUT" or "POST"))
        {
            return Text(HttpStatusCode.MethodNotAllowed, method + " is not supported on documents");
        }

        var etag = "\"" + Convert.ToHexString(SHA256.HashData(content)).ToLowerInvariant() + "\"";
        _documents[documentKey] = new StoredDocument(scope, id, content, contentType, etag, _time.GetUtcNow());
        return new HttpResponseMessage(HttpStatusCode.NoContent);
    }

    private static string DocumentScope(string resource, NameValueCollection query)
    {
        var agent = query["agent"] is { } json ? AgentKey(JObject.Parse(json)) : null;
        if (resource != "activities/profile" && agent is null)
        {
            throw new ArgumentException("the agent parameter is required");
        }

        if (resource != "agents/profile" && query["activityId"] is null)
        {
            throw new ArgumentException("the activityId parameter is required");
        }

        return $"{resource}|{query["activityId"]}|{agent}|{query["registration"]?.ToUpperInvariant()}";
    }

    private HttpResponseMessage GetActivity(NameValueCollection query)
    {
        var id = query["activityId"] ?? throw new ArgumentException("activityId is required");
        var definition = _statements
            .Select(s => s.Json["object"])
            .LastOrDefault(o => o is JObject obj && (string?)obj["id"] == id && ((string?)obj["objectType"] ?? "Activity") == "Activity");
        return definition is null
            ? Json(HttpStatusCode.OK, new JObject { ["objectType"] = "Activity", ["id"] = id })
            : Json(HttpStatusCode.OK, definition);
    }

    private HttpResponseMessage GetPerson(NameValueCollection query)
    {
        var agent = JObject.Parse(query["agent"] ?? throw new ArgumentException("agent is required"));
        var key = AgentKey(agent);
        var seen = _statements.Select(s => s.Json["actor"]).OfType<JObject>().Where(a => AgentKey(a) == key).Append(agent).ToList();
        var comparer = new JTokenEqualityComparer();
        var person = new JObject { ["objectType"] = "Person" };
        foreach (var property in new[] { "name", "mbox", "mbox_sha1sum", "openid", "account" })
        {
            var values = seen.Select(a => a[property]).OfType<JToken>().Distinct(comparer).ToList();
            if (values.Count > 0)
            {
                person[property] = new JArray(values);
            }
        }

        return Json(HttpStatusCode.OK, person);
    }

    private static string AgentKey(JObject agent) =>
        agent["mbox"] is { } mbox ? "mbox:" + (string?)mbox
        : agent["mbox_sha1sum"] is { } sha ? "sha1:" + (string?)sha
        : agent["openid"] is { } openId ? "openid:" + (string?)openId
        : agent["account"] is JObject account ? "account:" + (string?)account["homePage"] + "|" + (string?)account["name"]
        : "anonymous:" + agent.ToString(Formatting.None);

    private static bool IsJson(string contentType) => contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase);

    private static HttpResponseMessage Json(HttpStatusCode status, JToken json)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(json.ToString(Formatting.None), Encoding.UTF8) };
        response.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return response;
    }

    private static HttpResponseMessage Text(HttpStatusCode status, string message) =>
        new(status) { Content = new StringContent(message, Encoding.UTF8) };

    private sealed class StoredStatement(Guid id, JObject json, long sequence)
    {
        public Guid Id { get; } = id;

        public JObject Json { get; } = json;

        public long Sequence { get; } = sequence;

        public bool Voided { get; set; }
    }

    private sealed record StoredDocument(string Scope, string Id, byte[] Content, string ContentType, string ETag, DateTimeOffset Updated);

    private sealed class Handler(InMemoryLrs lrs) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return lrs.HandleAsync(request, cancellationToken);
        }
    }
}
