namespace PeerLearning.Xapi;

/// <summary>Supplies bearer tokens for the LRS (for example from an OAuth 2 client-credentials flow).</summary>
public interface ILrsTokenProvider
{
    /// <summary>Returns a current access token; called before every request, so cache it until it expires.</summary>
    ValueTask<string> GetTokenAsync(CancellationToken cancellationToken);
}
