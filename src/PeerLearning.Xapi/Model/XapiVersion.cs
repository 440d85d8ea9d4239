namespace PeerLearning.Xapi;

/// <summary>The xAPI versions this library speaks.</summary>
public enum XapiVersion
{
    /// <summary>xAPI 1.0.3 (header <c>1.0.3</c>).</summary>
    V103 = 0,

    /// <summary>xAPI 2.0 (IEEE 9274.1.1; header <c>2.0.0</c>).</summary>
    V200 = 1,
}
