using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace PeerLearning.Recognition;

/// <summary>
/// Exports badge awards as Open Badges: 2.0 hosted documents (Issuer profile, BadgeClass, Assertion, JSON-LD) and
/// 3.0 <c>OpenBadgeCredential</c>s (VC Data Model 2.0) with a pluggable proof step. Recipients are identified by a
/// salted SHA-256 hash of their e-mail address, never the address itself.
/// </summary>
public sealed class OpenBadgesExporter
{
    /// <summary>The Open Badges 2.0 JSON-LD context.</summary>
    public const string ContextV2 = "https://w3id.org/openbadges/v2";

    /// <summary>The W3C Verifiable Credentials 2.0 context.</summary>
    public const string CredentialsContextV2 = "https://www.w3.org/ns/credentials/v2";

    /// <summary>The Open Badges 3.0 context.</summary>
    public const string ContextV3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

    private readonly OpenBadgesOptions _options;
    private readonly IOpenBadgeCredentialSigner? _signer;

    /// <summary>Creates the exporter.</summary>
    /// <param name="options">The issuer and hosting settings.</param>
    /// <param name="signer">The proof step for 3.0 credentials; null exports them without a proof.</param>
    /// <exception cref="PeerLearningValidationException">The options are invalid.</exception>
    public OpenBadgesExporter(OpenBadgesOptions options, IOpenBadgeCredentialSigner? signer = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        PeerLearningValidationException.ThrowIfAny(options.Validate());
        _options = options;
        _signer = signer;
    }

    /// <summary>The Open Badges identity hash: <c>sha256$</c> + lowercase hex of SHA-256 over the UTF-8 bytes of identifier + salt.</summary>
    /// <param name="identifier">The identifier (an e-mail address).</param>
    /// <param name="salt">The salt (may be empty).</param>
    /// <returns>The hash.</returns>
    public static string HashIdentity(string identifier, string salt)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        ArgumentNullException.ThrowIfNull(salt);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(identifier + salt));
        return "sha256$" + Convert.ToHexString(hash).ToLowerInvariant();
    }

    /// <summary>The URL of a badge class.</summary>
    /// <param name="badgeId">The badge.</param>
    /// <returns>The URL.</returns>
    public Uri BadgeClassUrl(string badgeId) => new(_options.BaseUrl!, "badges/" + Uri.EscapeDataString(badgeId));

    /// <summary>The URL of an assertion.</summary>
    /// <param name="awardId">The award.</param>
    /// <returns>The URL.</returns>
    public Uri AssertionUrl(string awardId) => new(_options.BaseUrl!, "assertions/" + Uri.EscapeDataString(awardId));

    /// <summary>The Open Badges 2.0 Issuer profile.</summary>
    /// <returns>The JSON-LD document.</returns>
    public JsonObject IssuerV2() => new()
    {
        ["@context"] = ContextV2,
        ["type"] = "Issuer",
        ["id"] = _options.IssuerId!.AbsoluteUri,
        ["name"] = _options.IssuerName,
        ["url"] = _options.IssuerUrl!.AbsoluteUri,
        ["email"] = _options.IssuerEmail,
    };

    /// <summary>The Open Badges 2.0 BadgeClass of a badge.</summary>
    /// <param name="badge">The badge.</param>
    /// <returns>The JSON-LD document.</returns>
    public JsonObject BadgeClassV2(BadgeDefinition badge)
    {
        ArgumentNullException.ThrowIfNull(badge);
        return new JsonObject
        {
            ["@context"] = ContextV2,
            ["type"] = "BadgeClass",
            ["id"] = BadgeClassUrl(badge.Id).AbsoluteUri,
            ["name"] = badge.Name,
            ["description"] = Description(badge),
            ["image"] = (badge.Image ?? _options.DefaultImage)!.AbsoluteUri,
            ["criteria"] = new JsonObject { ["narrative"] = BadgeCriteriaNarrative.Describe(badge) },
            ["issuer"] = _options.IssuerId!.AbsoluteUri,
        };
    }

    /// <summary>The Open Badges 2.0 hosted Assertion of an award.</summary>
    /// <param name="award">The award.</param>
    /// <param name="badge">Its badge.</param>
    /// <param name="recipientEmail">The recipient's e-mail address (hashed in the output).</param>
    /// <param name="salt">The salt for the hash.</param>
    /// <returns>The JSON-LD document; a revoked award carries <c>revoked</c> and <c>revocationReason</c>.</returns>
    /// <exception cref="PeerLearningValidationException">The award is not of the badge, or no e-mail is given.</exception>
    public JsonObject AssertionV2(BadgeAward award, BadgeDefinition badge, string recipientEmail, string salt)
    {
        Check(award, badge, recipientEmail, salt);
        var assertion = new JsonObject
        {
            ["@context"] = ContextV2,
            ["type"] = "Assertion",
            ["id"] = AssertionUrl(award.AwardId).AbsoluteUri,
            ["recipient"] = new JsonObject { ["type"] = "email", ["hashed"] = true, ["salt"] = salt, ["identity"] = HashIdentity(recipientEmail, salt) },
            ["badge"] = BadgeClassUrl(badge.Id).AbsoluteUri,
            ["verification"] = new JsonObject { ["type"] = "hosted" },
            ["issuedOn"] = Timestamp(award.AwardedAt),
        };
        if (award.ExpiresAt is { } expires)
        {
            assertion["expires"] = Timestamp(expires);
        }

        if (award.RevokedAt is not null)
        {
            assertion["revoked"] = true;
            assertion["revocationReason"] = award.RevocationReason;
        }

        return assertion;
    }

    /// <summary>The Open Badges 3.0 <c>OpenBadgeCredential</c> of an award, passed through the signer when there is one.</summary>
    /// <param name="award">The award; must not be revoked.</param>
    /// <param name="badge">Its badge.</param>
    /// <param name="recipientEmail">The recipient's e-mail address (hashed in the output).</param>
    /// <param name="salt">The salt for the hash.</param>
    /// <param name="cancellationToken">Cancels the signing.</param>
    /// <returns>The credential.</returns>
    /// <exception cref="PeerLearningValidationException">The award is revoked, not of the badge, or no e-mail is given.</exception>
    public async ValueTask<JsonObject> CredentialV3Async(BadgeAward award, BadgeDefinition badge, string recipientEmail, string salt, CancellationToken cancellationToken = default)
    {
        Check(award, badge, recipientEmail, salt);
        if (award.RevokedAt is not null)
        {
            throw new PeerLearningValidationException(award.AwardId, "revokedAt", "a revoked award is not exported as a credential");
        }

        var image = (badge.Image ?? _options.DefaultImage)!.AbsoluteUri;
        var credential = new JsonObject
        {
            ["@context"] = new JsonArray(CredentialsContextV2, ContextV3),
            ["id"] = AssertionUrl(award.AwardId).AbsoluteUri,
            ["type"] = new JsonArray("VerifiableCredential", "OpenBadgeCredential"),
            ["name"] = badge.Name,
            ["issuer"] = new JsonObject
            {
                ["id"] = _options.IssuerId!.AbsoluteUri,
                ["type"] = new JsonArray("Profile"),
                ["name"] = _options.IssuerName,
                ["url"] = _options.IssuerUrl!.AbsoluteUri,
                ["email"] = _options.IssuerEmail,
            },
            ["validFrom"] = Timestamp(award.AwardedAt),
            ["credentialSubject"] = new JsonObject
            {
                ["type"] = new JsonArray("AchievementSubject"),
                ["identifier"] = new JsonArray(new JsonObject
                {
                    ["type"] = "IdentityObject",
                    ["hashed"] = true,
                    ["identityHash"] = HashIdentity(recipientEmail, salt),
                    ["identityType"] = "emailAddress",
                    ["salt"] = salt,
                }),
                ["achievement"] = new JsonObject
                {
                    ["id"] = BadgeClassUrl(badge.Id).AbsoluteUri,
                    ["type"] = new JsonArray("Achievement"),
                    ["name"] = badge.Name,
                    ["description"] = Description(badge),
                    ["criteria"] = new JsonObject { ["narrative"] = BadgeCriteriaNarrative.Describe(badge) },
                    ["image"] = new JsonObject { ["id"] = image, ["type"] = "Image" },
                },
            },
        };
        if (award.ExpiresAt is { } expires)
        {
            credential["validUntil"] = Timestamp(expires);
        }

        return _signer is null ? credential : await _signer.SignAsync(credential, cancellationToken).ConfigureAwait(false);
    }

    private static string Description(BadgeDefinition badge) => string.IsNullOrWhiteSpace(badge.Description) ? badge.Name : badge.Description;

    private static string Timestamp(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static void Check(BadgeAward award, BadgeDefinition badge, string recipientEmail, string salt)
    {
        ArgumentNullException.ThrowIfNull(award);
        ArgumentNullException.ThrowIfNull(badge);
        ArgumentNullException.ThrowIfNull(salt);
        var problems = new List<ValidationProblem>();
        if (award.BadgeId != badge.Id)
        {
            problems.Add(new(award.AwardId, "badgeId", $"the award is of badge '{award.BadgeId}', not '{badge.Id}'"));
        }

        if (string.IsNullOrWhiteSpace(recipientEmail))
        {
            problems.Add(new(award.AwardId, "recipientEmail", "must not be empty"));
        }

        PeerLearningValidationException.ThrowIfAny(problems);
    }
}
