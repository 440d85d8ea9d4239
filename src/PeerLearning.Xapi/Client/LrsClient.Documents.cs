using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Newtonsoft.Json.Linq;

namespace PeerLearning.Xapi;

/// <summary>The document resources: State, Activity Profile and Agent Profile.</summary>
public sealed partial class LrsClient
{
    /// <summary>Gets a document with its ETag; null when it does not exist.</summary>
    public async Task<XapiDocument?> GetDocumentAsync(DocumentAddress address, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(address);
        RequireDocumentId(address);
        var uri = DocumentUri(address, since: null);
        using var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, uri), address.Resource, withVersion: true, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        await EnsureSuccessAsync(response, "GET", address.Resource, cancellationToken).ConfigureAwait(false);
        var content = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return new XapiDocument(content, response.Content.Headers.ContentType?.ToString() ?? "application/octet-stream", response.Headers.ETag?.ToString())
        {
            LastModified = response.Content.Headers.LastModified ?? ParseLastModified(response),
        };
    }

    /// <summary>Stores a document (PUT), replacing it. A 412 (<see cref="LrsException.IsPreconditionFailed"/>) means the ETag no longer matches.</summary>
    public Task PutDocumentAsync(DocumentAddress address, XapiDocument document, DocumentPrecondition? precondition = null, CancellationToken cancellationToken = default) =>
        WriteDocumentAsync(HttpMethod.Put, address, document, precondition, cancellationToken);

    /// <summary>Merges a JSON document into the stored one (POST): top-level properties are replaced, others kept.</summary>
    public Task PostDocumentAsync(DocumentAddress address, XapiDocument document, DocumentPrecondition? precondition = null, CancellationToken cancellationToken = default) =>
        WriteDocumentAsync(HttpMethod.Post, address, document, precondition, cancellationToken);

    /// <summary>Deletes a document; with a State collection address (no stateId), deletes every state of the activity and agent.</summary>
    public async Task DeleteDocumentAsync(DocumentAddress address, DocumentPrecondition? precondition = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.DocumentId is null && address.Resource != "activities/state")
        {
            throw new ArgumentException("Only State documents can be deleted as a collection; give a profileId.", nameof(address));
        }

        var uri = DocumentUri(address, since: null);
        using var response = await SendAsync(() => WithPrecondition(new HttpRequestMessage(HttpMethod.Delete, uri), precondition), address.Resource, withVersion: true, cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response, "DELETE", address.Resource, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The ids of the documents at a collection address (no document id), optionally only those stored after <paramref name="since"/>.</summary>
    public async Task<IReadOnlyList<string>> GetDocumentIdsAsync(DocumentAddress collection, DateTimeOffset? since = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(collection);
        if (collection.DocumentId is not null)
        {
            throw new ArgumentException("Use a collection address (null document id) to list ids.", nameof(collection));
        }

        var uri = DocumentUri(collection, since);
        using var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, uri), collection.Resource, withVersion: true, cancellationToken).ConfigureAwait(false);
        var json = await ReadJsonAsync(response, "GET", collection.Resource, cancellationToken).ConfigureAwait(false);
        return json is JArray array ? array.Select(v => (string)v!).ToList() : throw new LrsException($"The LRS answered GET {collection.Resource} with {json.Type}, not an array of ids.");
    }

    private async Task WriteDocumentAsync(HttpMethod method, DocumentAddress address, XapiDocument document, DocumentPrecondition? precondition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(document);
        RequireDocumentId(address);
        var uri = DocumentUri(address, since: null);
        using var response = await SendAsync(
            () =>
            {
                var content = new ReadOnlyMemoryContent(document.Content);
                content.Headers.ContentType = MediaTypeHeaderValue.Parse(document.ContentType);
                return WithPrecondition(new HttpRequestMessage(method, uri) { Content = content }, precondition);
            },
            address.Resource,
            withVersion: true,
            cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response, method.Method, address.Resource, cancellationToken).ConfigureAwait(false);
    }

    private static HttpRequestMessage WithPrecondition(HttpRequestMessage request, DocumentPrecondition? precondition)
    {
        if (precondition?.IfMatch is { } ifMatch)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        if (precondition?.IfNoneMatch is { } ifNoneMatch)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        return request;
    }

    private Uri DocumentUri(DocumentAddress address, DateTimeOffset? since)
    {
        var parameters = new List<KeyValuePair<string, string>>(address.Parameters);
        if (address.DocumentId is { } id)
        {
            parameters.Add(new(address.IdParameter, id));
        }

        if (since is { } s)
        {
            parameters.Add(new("since", XapiTimestamp.FromDateTimeOffset(s).Text));
        }

        return WithQuery(address.Resource, parameters);
    }

    private static void RequireDocumentId(DocumentAddress address)
    {
        if (address.DocumentId is null)
        {
            throw new ArgumentException($"A {address.IdParameter} is required for a single document.", nameof(address));
        }
    }

    private static DateTimeOffset? ParseLastModified(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Last-Modified", out var values)
        && DateTimeOffset.TryParse(values.FirstOrDefault(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? value
            : null;
}
