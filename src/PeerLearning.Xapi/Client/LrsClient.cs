using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace PeerLearning.Xapi;

/// <summary>
/// An asynchronous xAPI LRS client (a typed <see cref="HttpClient"/>): statements with attachments, queries and paging,
/// voiding, State / Activity Profile / Agent Profile documents with ETag concurrency, Activities, Agents and About.
/// It negotiates 1.0.3 or 2.0.0, retries 429/502/503/504 and network failures with back-off honouring Retry-After,
/// and never logs credentials.
/// </summary>
public sealed partial class LrsClient
{
    private static readonly string[] VersionHeaders = ["1.0.3", "2.0.0"];
    private readonly HttpClient _http;
    private readonly LrsClientOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Uri _endpoint;
    private readonly Uri _authorityBase;
    private readonly object _gate = new();
    private Task<XapiVersion>? _negotiating;
    private XapiVersion? _version;

    /// <summary>Creates a client; <paramref name="options"/> are validated here (every problem reported at once).</summary>
    public LrsClient(HttpClient httpClient, IOptions<LrsClientOptions> options, TimeProvider? timeProvider = null, ILogger<LrsClient>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        _http = httpClient;
        _options = options.Value;
        PeerLearningValidationException.ThrowIfAny(_options.Validate());
        _time = timeProvider ?? TimeProvider.System;
        _logger = logger ?? (ILogger)NullLogger.Instance;
        var endpoint = _options.Endpoint!.AbsoluteUri;
        _endpoint = new Uri(endpoint.EndsWith('/') ? endpoint : endpoint + "/");
        _authorityBase = new Uri(_endpoint.GetLeftPart(UriPartial.Authority) + "/");
        _version = _options.Version;
    }

    /// <summary>The endpoint, with a trailing slash.</summary>
    public Uri Endpoint => _endpoint;

    /// <summary>Reads <c>GET /about</c>.</summary>
    public async Task<XapiAbout> GetAboutAsync(CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, new Uri(_endpoint, "about")), "about", withVersion: false, cancellationToken).ConfigureAwait(false);
        var json = await ReadJsonAsync(response, "GET", "about", cancellationToken).ConfigureAwait(false);
        var versions = json["version"] is JArray array ? array.Select(v => (string)v!).ToList() : [];
        var extensions = json["extensions"] is JObject ext ? ext.Properties().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal) : null;
        return new XapiAbout(versions) { Extensions = extensions };
    }

    /// <summary>The version in use: the configured one, or the best the LRS offers in <c>/about</c> (asked once).</summary>
    public async Task<XapiVersion> GetVersionAsync(CancellationToken cancellationToken = default)
    {
        if (_version is { } known)
        {
            return known;
        }

        Task<XapiVersion> task;
        lock (_gate)
        {
            task = _negotiating ??= NegotiateAsync();
        }

        try
        {
            return await task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (task.IsFaulted)
        {
            lock (_gate)
            {
                if (ReferenceEquals(_negotiating, task))
                {
                    _negotiating = null;
                }
            }

            throw;
        }
    }

    private async Task<XapiVersion> NegotiateAsync()
    {
        var about = await GetAboutAsync(CancellationToken.None).ConfigureAwait(false);
        var version = about.BestVersion ?? throw new LrsException($"The LRS offers no xAPI version this client speaks ({string.Join(", ", about.Versions)}).");
        LogNegotiated(_logger, VersionHeaders[(int)version]);
        _version = version;
        return version;
    }

    /// <summary>Sends one statement (POST) and returns its id (assigned here when missing, so a retry cannot duplicate it).</summary>
    public async Task<Guid> SendStatementAsync(Statement statement, IReadOnlyList<AttachmentContent>? attachments = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var ids = await SendStatementsAsync([statement], attachments, cancellationToken).ConfigureAwait(false);
        return ids[0];
    }

    /// <summary>
    /// Sends a batch (POST). Ids are assigned when missing, mailboxes hashed when configured, 2.0-only content dropped
    /// for a 1.0.x LRS, and the batch validated: nothing is sent when any statement is invalid.
    /// </summary>
    public async Task<IReadOnlyList<Guid>> SendStatementsAsync(IReadOnlyList<Statement> statements, IReadOnlyList<AttachmentContent>? attachments = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statements);
        if (statements.Count == 0)
        {
            return [];
        }

        var version = await GetVersionAsync(cancellationToken).ConfigureAwait(false);
        var prepared = Prepare(statements, version, requireId: false);
        var json = StatementSerializer.SerializeBatch(prepared);
        using var response = await SendAsync(() => StatementRequest(HttpMethod.Post, new Uri(_endpoint, "statements"), json, attachments), "statements", withVersion: true, cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response, "POST", "statements", cancellationToken).ConfigureAwait(false);
        return prepared.Select(s => s.Id!.Value).ToList();
    }

    /// <summary>Stores a statement under its id (PUT). A 409 means a different statement already has that id.</summary>
    public async Task PutStatementAsync(Statement statement, IReadOnlyList<AttachmentContent>? attachments = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var version = await GetVersionAsync(cancellationToken).ConfigureAwait(false);
        var prepared = Prepare([statement], version, requireId: true)[0];
        var json = StatementSerializer.Serialize(prepared);
        var uri = WithQuery("statements", [new("statementId", prepared.Id!.Value.ToString("D"))]);
        using var response = await SendAsync(() => StatementRequest(HttpMethod.Put, uri, json, attachments), "statements", withVersion: true, cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response, "PUT", "statements", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Voids the statement with <paramref name="targetId"/> and returns the id of the voiding statement.</summary>
    public Task<Guid> VoidStatementAsync(Guid targetId, Actor actor, CancellationToken cancellationToken = default) =>
        SendStatementAsync(Statement.Voiding(targetId, actor), null, cancellationToken);

    /// <summary>Gets a statement by id; null when the LRS has none (or it is voided).</summary>
    public async Task<Statement?> GetStatementAsync(Guid id, StatementFormat format = StatementFormat.Exact, CancellationToken cancellationToken = default)
    {
        var page = await GetSingleAsync("statementId", id, format, attachments: false, cancellationToken).ConfigureAwait(false);
        return page?.Statements.Single();
    }

    /// <summary>Gets a voided statement by id; null when the LRS has no voided statement with that id.</summary>
    public async Task<Statement?> GetVoidedStatementAsync(Guid id, StatementFormat format = StatementFormat.Exact, CancellationToken cancellationToken = default)
    {
        var page = await GetSingleAsync("voidedStatementId", id, format, attachments: false, cancellationToken).ConfigureAwait(false);
        return page?.Statements.Single();
    }

    /// <summary>Gets a statement with its attachment contents (<c>attachments=true</c>); null when absent.</summary>
    public Task<StatementPage?> GetStatementWithAttachmentsAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetSingleAsync("statementId", id, StatementFormat.Exact, attachments: true, cancellationToken);

    /// <summary>Runs a statement query and returns the first page.</summary>
    public Task<StatementPage> QueryStatementsAsync(StatementQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return GetPageAsync(WithQuery("statements", query.ToParameters()), cancellationToken);
    }

    /// <summary>Follows a <c>more</c> link (already resolved in <see cref="StatementPage.More"/>).</summary>
    public Task<StatementPage> GetMoreStatementsAsync(Uri more, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(more);
        if (!string.Equals(more.GetLeftPart(UriPartial.Authority), _authorityBase.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"The more link {more.GetLeftPart(UriPartial.Authority)} is not on the LRS {_authorityBase}; credentials are not sent elsewhere.", nameof(more));
        }

        return GetPageAsync(more, cancellationToken);
    }

    /// <summary>All statements of a query, page after page until <c>more</c> is empty.</summary>
    public async IAsyncEnumerable<Statement> QueryAllStatementsAsync(StatementQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var page = await QueryStatementsAsync(query, cancellationToken).ConfigureAwait(false);
        while (true)
        {
            foreach (var statement in page.Statements)
            {
                yield return statement;
            }

            if (page.More is null)
            {
                yield break;
            }

            page = await GetMoreStatementsAsync(page.More, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Gets the full definition the LRS holds for an activity.</summary>
    public async Task<Activity> GetActivityAsync(string activityId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activityId);
        using var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, WithQuery("activities", [new("activityId", activityId)])), "activities", withVersion: true, cancellationToken).ConfigureAwait(false);
        var json = await ReadJsonAsync(response, "GET", "activities", cancellationToken).ConfigureAwait(false);
        var problems = new List<ValidationProblem>();
        var activity = new StatementReader("activity", null, problems).ReadActivityOrNull(json, "$");
        PeerLearningValidationException.ThrowIfAny(problems);
        return activity!;
    }

    /// <summary>Gets the Person object (every identifier and name the LRS knows) for an agent, as JSON.</summary>
    public async Task<JObject> GetPersonAsync(Agent agent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agent);
        using var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, WithQuery("agents", [new("agent", StatementQuery.AgentJson(agent))])), "agents", withVersion: true, cancellationToken).ConfigureAwait(false);
        return (JObject)await ReadJsonAsync(response, "GET", "agents", cancellationToken).ConfigureAwait(false);
    }

    private List<Statement> Prepare(IReadOnlyList<Statement> statements, XapiVersion version, bool requireId)
    {
        var prepared = new List<Statement>(statements.Count);
        foreach (var original in statements)
        {
            ArgumentNullException.ThrowIfNull(original, nameof(statements));
            if (requireId && original.Id is null)
            {
                throw new PeerLearningValidationException("statement", "$.id", "PUT needs a statement id");
            }

            var statement = original.Id is null ? original with { Id = Guid.NewGuid() } : original;
            if (_options.HashMailboxes)
            {
                statement = MailboxHashing.Apply(statement);
            }

            if (version == XapiVersion.V103)
            {
                statement = Downgrade(statement);
            }

            prepared.Add(statement);
        }

        if (_options.ValidateBeforeSend)
        {
            StatementValidator.ThrowIfInvalid(prepared, version);
        }

        return prepared;
    }

    /// <summary>Drops what xAPI 1.0.x does not define (contextAgents, contextGroups, a 2.0 version).</summary>
    internal static Statement Downgrade(Statement statement)
    {
        var context = statement.Context is { } c && (c.ContextAgents is not null || c.ContextGroups is not null)
            ? c with { ContextAgents = null, ContextGroups = null }
            : statement.Context;
        var obj = statement.Object is SubStatement { Context: { } sc } sub && (sc.ContextAgents is not null || sc.ContextGroups is not null)
            ? sub with { Context = sc with { ContextAgents = null, ContextGroups = null } }
            : statement.Object;
        var version = statement.Version is { } v && v.StartsWith("2.", StringComparison.Ordinal) ? null : statement.Version;
        return ReferenceEquals(context, statement.Context) && ReferenceEquals(obj, statement.Object) && version == statement.Version
            ? statement
            : statement with { Context = context, Object = obj, Version = version };
    }

    private static HttpRequestMessage StatementRequest(HttpMethod method, Uri uri, string json, IReadOnlyList<AttachmentContent>? attachments)
    {
        HttpContent content;
        if (attachments is { Count: > 0 })
        {
            content = MultipartMixed.Build(json, attachments);
        }
        else
        {
            content = new StringContent(json, Encoding.UTF8);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        return new HttpRequestMessage(method, uri) { Content = content };
    }

    private async Task<StatementPage?> GetSingleAsync(string parameter, Guid id, StatementFormat format, bool attachments, CancellationToken cancellationToken)
    {
        var parameters = new List<KeyValuePair<string, string>> { new(parameter, id.ToString("D")) };
        if (format != StatementFormat.Exact)
        {
            parameters.Add(new("format", format == StatementFormat.Ids ? "ids" : "canonical"));
        }

        if (attachments)
        {
            parameters.Add(new("attachments", "true"));
        }

        var uri = WithQuery("statements", parameters);
        using var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, uri), "statements", withVersion: true, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        var (json, contents) = await ReadStatementsBodyAsync(response, cancellationToken).ConfigureAwait(false);
        return new StatementPage([StatementSerializer.FromJToken(json)], null) { Attachments = contents };
    }

    private async Task<StatementPage> GetPageAsync(Uri uri, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, uri), "statements", withVersion: true, cancellationToken).ConfigureAwait(false);
        var (json, contents) = await ReadStatementsBodyAsync(response, cancellationToken).ConfigureAwait(false);
        var problems = new List<ValidationProblem>();
        var statements = json["statements"] is JArray array ? StatementSerializer.ReadMany(array, problems) : [];
        PeerLearningValidationException.ThrowIfAny(problems);
        var more = json["more"] is JValue { Type: JTokenType.String } m && ((string)m!).Length > 0 ? new Uri(_authorityBase, (string)m!) : null;
        return new StatementPage(statements, more) { Attachments = contents };
    }

    private static async Task<(JToken Json, IReadOnlyDictionary<string, AttachmentContent>? Attachments)> ReadStatementsBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await EnsureSuccessAsync(response, "GET", "statements", cancellationToken).ConfigureAwait(false);
        var mediaType = response.Content.Headers.ContentType;
        if (mediaType?.MediaType?.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) != true)
        {
            return (StatementSerializer.ParseJson(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false)), null);
        }

        var boundary = mediaType.Parameters.FirstOrDefault(p => string.Equals(p.Name, "boundary", StringComparison.OrdinalIgnoreCase))?.Value?.Trim('"')
            ?? throw new LrsException("The LRS sent a multipart response without a boundary.");
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var parts = MultipartMixed.Parse(body, boundary);
        if (parts.Count == 0)
        {
            throw new LrsException("The LRS sent an empty multipart response.");
        }

        var json = StatementSerializer.ParseJson(Encoding.UTF8.GetString(parts[0].Body.Span));
        var contents = new Dictionary<string, AttachmentContent>(StringComparer.OrdinalIgnoreCase);
        foreach (var (headers, content) in parts.Skip(1).Select(p => (p.Headers, p.Body)))
        {
            var attachment = new AttachmentContent(content, headers.TryGetValue("Content-Type", out var type) ? type : "application/octet-stream");
            if (headers.TryGetValue("X-Experience-API-Hash", out var hash) && !string.Equals(hash, attachment.Sha2, StringComparison.OrdinalIgnoreCase))
            {
                throw new LrsException($"An attachment's content does not match its X-Experience-API-Hash {hash} (SHA-256 is {attachment.Sha2}).");
            }

            contents[attachment.Sha2] = attachment;
        }

        return (json, contents);
    }

    private Uri WithQuery(string resource, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var builder = new StringBuilder(resource);
        var first = true;
        foreach (var (name, value) in parameters)
        {
            builder.Append(first ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
            first = false;
        }

        return new Uri(_endpoint, builder.ToString());
    }

    private async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> createRequest, string resource, bool withVersion, CancellationToken cancellationToken)
    {
        var versionHeader = withVersion ? VersionHeaders[(int)await GetVersionAsync(cancellationToken).ConfigureAwait(false)] : VersionHeaders[(int)(_version ?? XapiVersion.V103)];
        for (var attempt = 0; ; attempt++)
        {
            using var request = createRequest();
            request.Headers.TryAddWithoutValidation("X-Experience-API-Version", versionHeader);
            if (_options.TokenProvider is { } tokens)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false));
            }
            else if (_options.Username is { } user)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + _options.Password)));
            }

            var started = _time.GetTimestamp();
            using var timeout = new CancellationTokenSource(_options.RequestTimeout, _time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
            HttpResponseMessage? response = null;
            string failure;
            try
            {
                response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, linked.Token).ConfigureAwait(false);
                var elapsedMs = _time.GetElapsedTime(started).TotalMilliseconds;
                LogResponse(_logger, request.Method.Method, resource, (int)response.StatusCode, elapsedMs);

                if (!IsTransient(response.StatusCode) || attempt >= _options.MaxRetries)
                {
                    return response;
                }

                failure = ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && timeout.IsCancellationRequested)
            {
                if (attempt >= _options.MaxRetries)
                {
                    throw new LrsException($"{request.Method} {resource} timed out after {_options.RequestTimeout.TotalSeconds:0.###} s ({attempt + 1} attempts).");
                }

                failure = "timeout";
            }
            catch (HttpRequestException exception)
            {
                if (attempt >= _options.MaxRetries)
                {
                    throw new LrsException($"{request.Method} {resource} failed after {attempt + 1} attempts: {exception.Message}", exception);
                }

                failure = exception.Message;
            }

            var delay = RetryDelay(response, attempt);
            response?.Dispose();
            LogRetry(_logger, request.Method.Method, resource, failure, delay.TotalMilliseconds, attempt + 1);
            await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout;

    private TimeSpan RetryDelay(HttpResponseMessage? response, int attempt)
    {
        TimeSpan? requested = null;
        if (response?.Headers.RetryAfter is { } retryAfter)
        {
            requested = retryAfter.Delta ?? (retryAfter.Date is { } date ? date - _time.GetUtcNow() : null);
        }

        var backoff = TimeSpan.FromTicks(_options.RetryBaseDelay.Ticks * (1L << Math.Min(attempt, 20)));
        var delay = requested is { } r ? (r < TimeSpan.Zero ? TimeSpan.Zero : r) : backoff;
        return delay > _options.MaxRetryDelay ? _options.MaxRetryDelay : delay;
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, string method, string resource, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            throw new LrsException(response.StatusCode, method, resource, body);
        }
    }

    private static async Task<JToken> ReadJsonAsync(HttpResponseMessage response, string method, string resource, CancellationToken cancellationToken)
    {
        await EnsureSuccessAsync(response, method, resource, cancellationToken).ConfigureAwait(false);
        return StatementSerializer.ParseJson(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "LRS {Method} {Resource} answered {Status} in {ElapsedMs} ms")]
    private static partial void LogResponse(ILogger logger, string method, string resource, int status, double elapsedMs);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "LRS {Method} {Resource} failed ({Failure}); retry {Attempt} in {DelayMs} ms")]
    private static partial void LogRetry(ILogger logger, string method, string resource, string failure, double delayMs, int attempt);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "LRS speaks xAPI {Version}")]
    private static partial void LogNegotiated(ILogger logger, string version);
}
