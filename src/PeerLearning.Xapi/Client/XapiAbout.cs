using Newtonsoft.Json.Linq;

namespace PeerLearning.Xapi;

/// <summary>The LRS's <c>GET /about</c>: the xAPI versions it supports and its extensions.</summary>
/// <param name="Versions">Version strings such as <c>1.0.3</c> and <c>2.0.0</c>.</param>
public sealed record XapiAbout(IReadOnlyList<string> Versions)
{
    /// <summary>Extensions the LRS reports.</summary>
    public IReadOnlyDictionary<string, JToken>? Extensions { get; init; }

    /// <summary>The best version both sides speak: 2.0.0 when offered, otherwise 1.0.x; null when none.</summary>
    public XapiVersion? BestVersion =>
        Versions.Any(v => v.StartsWith("2.0", StringComparison.Ordinal)) ? XapiVersion.V200
        : Versions.Any(v => v.StartsWith("1.0", StringComparison.Ordinal)) ? XapiVersion.V103
        : null;
}
