namespace PeerLearning.Xapi;

/// <summary>The outcome of verifying a signed statement.</summary>
/// <param name="IsValid">True when the signature is valid and its payload matches the statement.</param>
/// <param name="Problem">Why verification failed; null when valid.</param>
public sealed record SignatureVerification(bool IsValid, string? Problem)
{
    /// <summary>A successful verification.</summary>
    public static SignatureVerification Valid { get; } = new(true, null);
}
