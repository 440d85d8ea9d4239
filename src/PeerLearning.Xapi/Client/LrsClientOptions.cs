namespace PeerLearning.Xapi;

/// <summary>Settings of <see cref="LrsClient"/>.</summary>
public sealed class LrsClientOptions
{
    /// <summary>The LRS endpoint, e.g. <c>https://lrs.example.org/xAPI/</c> (a trailing slash is added when missing).</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>User name (key) for HTTP Basic authentication.</summary>
    public string? Username { get; set; }

    /// <summary>Password (secret) for HTTP Basic authentication. Never logged.</summary>
    public string? Password { get; set; }

    /// <summary>Source of bearer tokens (e.g. OAuth 2 client credentials); takes precedence over Basic. Tokens are never logged.</summary>
    public ILrsTokenProvider? TokenProvider { get; set; }

    /// <summary>The xAPI version to speak; null negotiates it through <c>GET /about</c> (2.0.0 when offered, else 1.0.3).</summary>
    public XapiVersion? Version { get; set; }

    /// <summary>Time allowed for one HTTP attempt (default 30 s).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after a 429, 502, 503, 504, timeout or network failure (default 3). 400, 401, 403, 404, 409 and 412 are never retried.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>First back-off delay; doubled for each retry unless the LRS sends Retry-After (default 500 ms).</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Longest delay between retries, Retry-After included (default 60 s).</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Allows plain HTTP to hosts other than loopback. Off by default: credentials would travel in clear text.</summary>
    public bool AllowInsecureHttp { get; set; }

    /// <summary>Replaces every mbox with its mbox_sha1sum before sending (privacy).</summary>
    public bool HashMailboxes { get; set; }

    /// <summary>Validates statements before sending and throws <see cref="PeerLearningValidationException"/> listing every problem (default on).</summary>
    public bool ValidateBeforeSend { get; set; } = true;

    /// <summary>Checks the options and returns every problem.</summary>
    public IReadOnlyList<ValidationProblem> Validate()
    {
        var problems = new List<ValidationProblem>();
        if (Endpoint is null || !Endpoint.IsAbsoluteUri)
        {
            problems.Add(new ValidationProblem("LrsClientOptions", nameof(Endpoint), "an absolute endpoint URL is required"));
        }
        else if (Endpoint.Scheme != Uri.UriSchemeHttps && !(Endpoint.Scheme == Uri.UriSchemeHttp && (Endpoint.IsLoopback || AllowInsecureHttp)))
        {
            problems.Add(new ValidationProblem("LrsClientOptions", nameof(Endpoint), $"'{Endpoint.GetLeftPart(UriPartial.Authority)}' must use HTTPS (plain HTTP is allowed only to loopback or with AllowInsecureHttp)"));
        }

        if ((Username is null) != (Password is null))
        {
            problems.Add(new ValidationProblem("LrsClientOptions", nameof(Username), "Username and Password must be given together"));
        }

        if (RequestTimeout <= TimeSpan.Zero)
        {
            problems.Add(new ValidationProblem("LrsClientOptions", nameof(RequestTimeout), "must be positive"));
        }

        if (MaxRetries < 0)
        {
            problems.Add(new ValidationProblem("LrsClientOptions", nameof(MaxRetries), "must not be negative"));
        }

        if (RetryBaseDelay < TimeSpan.Zero || MaxRetryDelay < TimeSpan.Zero)
        {
            problems.Add(new ValidationProblem("LrsClientOptions", nameof(RetryBaseDelay), "delays must not be negative"));
        }

        return problems;
    }
}
