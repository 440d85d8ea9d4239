namespace PeerLearning.Xapi;

/// <summary>The JWS algorithms xAPI allows for signed statements (RSASSA-PKCS1-v1_5).</summary>
public enum JwsAlgorithm
{
    /// <summary>RSA with SHA-256.</summary>
    RS256 = 0,

    /// <summary>RSA with SHA-384.</summary>
    RS384 = 1,

    /// <summary>RSA with SHA-512.</summary>
    RS512 = 2,
}
