namespace PeerLearning.Xapi;

/// <summary>Who a statement is about: an <see cref="Agent"/> or a <see cref="Group"/>, identified by exactly one inverse functional identifier (IFI).</summary>
public abstract record Actor : StatementObject
{
    private protected Actor()
    {
    }

    /// <summary>Full name of the agent or group.</summary>
    public string? Name { get; init; }

    /// <summary>Email IFI, a <c>mailto:</c> IRI.</summary>
    public string? Mbox { get; init; }

    /// <summary>IFI: the hex SHA-1 of the <c>mailto:</c> IRI.</summary>
    public string? MboxSha1Sum { get; init; }

    /// <summary>IFI: an OpenID URI.</summary>
    public string? OpenId { get; init; }

    /// <summary>IFI: an account on an existing system.</summary>
    public Account? Account { get; init; }

    /// <summary>How many of the four IFIs are set.</summary>
    public int IdentifierCount =>
        (Mbox is null ? 0 : 1) + (MboxSha1Sum is null ? 0 : 1) + (OpenId is null ? 0 : 1) + (Account is null ? 0 : 1);
}
