using System.Text.Json.Nodes;

namespace PeerLearning.Recognition;

/// <summary>
/// The proof step of Open Badges 3.0 export: receives the unsigned credential and returns it with a proof (for
/// example an embedded Data Integrity proof or a VC-JWT envelope made with the issuer's key). The host supplies the
/// implementation; the library holds no keys.
/// </summary>
public interface IOpenBadgeCredentialSigner
{
    /// <summary>Adds a proof to a credential.</summary>
    /// <param name="credential">The unsigned credential; the signer may change it in place.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The signed credential.</returns>
    ValueTask<JsonObject> SignAsync(JsonObject credential, CancellationToken cancellationToken = default);
}
