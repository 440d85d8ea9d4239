namespace PeerLearning.Recognition;

/// <summary>Who issues badges and where their Open Badges documents are hosted.</summary>
public sealed class OpenBadgesOptions
{
    /// <summary>The issuer profile's id (where the issuer JSON is hosted, or a DID). Required.</summary>
    public Uri? IssuerId { get; set; }

    /// <summary>The issuer's name. Required.</summary>
    public string IssuerName { get; set; } = string.Empty;

    /// <summary>The issuer's web site. Required.</summary>
    public Uri? IssuerUrl { get; set; }

    /// <summary>The issuer's contact e-mail. Required (Open Badges 2.0 issuer profiles need one).</summary>
    public string IssuerEmail { get; set; } = string.Empty;

    /// <summary>The base URL under which badge classes (<c>badges/{id}</c>) and assertions (<c>assertions/{id}</c>) are hosted. Required.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>The image used for badges that have none. Required (Open Badges 2.0 badge classes need an image).</summary>
    public Uri? DefaultImage { get; set; }

    /// <summary>Checks the options.</summary>
    /// <returns>Every problem; empty when valid.</returns>
    public IReadOnlyList<ValidationProblem> Validate()
    {
        const string item = "openBadges";
        var problems = new List<ValidationProblem>();
        void Absolute(Uri? uri, string field)
        {
            if (uri is null || !uri.IsAbsoluteUri)
            {
                problems.Add(new(item, field, "must be an absolute URI"));
            }
        }

        Absolute(IssuerId, "issuerId");
        Absolute(IssuerUrl, "issuerUrl");
        Absolute(BaseUrl, "baseUrl");
        Absolute(DefaultImage, "defaultImage");
        if (string.IsNullOrWhiteSpace(IssuerName))
        {
            problems.Add(new(item, "issuerName", "must not be empty"));
        }

        if (string.IsNullOrWhiteSpace(IssuerEmail) || !System.Net.Mail.MailAddress.TryCreate(IssuerEmail, out _))
        {
            problems.Add(new(item, "issuerEmail", $"is not an e-mail address: '{IssuerEmail}'"));
        }

        return problems;
    }
}
