namespace PeerLearning.Xapi;

/// <summary>An individual, identified by exactly one of mbox, mbox_sha1sum, openid or account.</summary>
public sealed record Agent : Actor
{
    /// <inheritdoc />
    public override string ObjectType => "Agent";

    /// <summary>An agent identified by email (the <c>mailto:</c> prefix is added when missing).</summary>
    public static Agent WithMbox(string email, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(email);
        return new Agent { Mbox = email.StartsWith("mailto:", StringComparison.Ordinal) ? email : "mailto:" + email, Name = name };
    }

    /// <summary>An agent identified by an account on a system such as the host LMS.</summary>
    public static Agent WithAccount(string homePage, string accountName, string? name = null) =>
        new() { Account = new Account(homePage, accountName), Name = name };
}
