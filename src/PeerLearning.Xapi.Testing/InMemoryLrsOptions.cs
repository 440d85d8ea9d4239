namespace PeerLearning.Xapi.Testing;

/// <summary>Settings of <see cref="InMemoryLrs"/>.</summary>
public sealed class InMemoryLrsOptions
{
    /// <summary>The endpoint the LRS answers on (no socket is opened; requests go through its handler).</summary>
    public Uri Endpoint { get; set; } = new("https://lrs.test/xAPI/");

    /// <summary>When set (with <see cref="Password"/>), requests must carry these Basic credentials or get 401.</summary>
    public string? Username { get; set; }

    /// <summary>The Basic password.</summary>
    public string? Password { get; set; }

    /// <summary>When set, a request with <c>Authorization: Bearer</c> and this token is accepted.</summary>
    public string? BearerToken { get; set; }

    /// <summary>The versions <c>/about</c> reports (default 1.0.3 and 2.0.0).</summary>
    public IReadOnlyList<string> Versions { get; set; } = ["1.0.3", "2.0.0"];

    /// <summary>Requests with a larger body get 413 (default 10 MB).</summary>
    public long MaxRequestBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Statements per page when the query gives no smaller limit (default 100).</summary>
    public int PageSize { get; set; } = 100;
}
