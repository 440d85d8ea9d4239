using System.Security.Cryptography;
using System.Text;

namespace PeerLearning.Xapi;

/// <summary>Privacy: replaces every <c>mbox</c> of a statement with its <c>mbox_sha1sum</c>.</summary>
public static class MailboxHashing
{
    /// <summary>The hex SHA-1 of a <c>mailto:</c> IRI, as xAPI defines <c>mbox_sha1sum</c>.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5350:Do not use weak cryptographic algorithms", Justification = "xAPI defines mbox_sha1sum as SHA-1; it is an identifier, not a security control.")]
    public static string Sha1Of(string mbox)
    {
        ArgumentNullException.ThrowIfNull(mbox);
        return Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(mbox))).ToLowerInvariant();
    }

    /// <summary>The statement with every agent and group mbox (actor, object, context, sub-statement, members) hashed.</summary>
    public static Statement Apply(Statement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        return statement with
        {
            Actor = Hash(statement.Actor),
            Object = Hash(statement.Object),
            Context = Hash(statement.Context),
            Authority = statement.Authority is null ? null : Hash(statement.Authority),
        };
    }

    private static StatementObject Hash(StatementObject o) => o switch
    {
        Actor a => Hash(a),
        SubStatement s => s with { Actor = Hash(s.Actor), Object = Hash(s.Object), Context = Hash(s.Context) },
        _ => o,
    };

    private static Context? Hash(Context? c) => c is null ? null : c with
    {
        Instructor = c.Instructor is null ? null : Hash(c.Instructor),
        Team = c.Team is null ? null : (Group)Hash(c.Team),
        ContextAgents = c.ContextAgents?.Select(a => a with { Agent = (Agent)Hash(a.Agent) }).ToList(),
        ContextGroups = c.ContextGroups?.Select(g => g with { Group = (Group)Hash(g.Group) }).ToList(),
    };

    private static Actor Hash(Actor a)
    {
        var hashed = a.Mbox is { } mbox ? a with { Mbox = null, MboxSha1Sum = Sha1Of(mbox) } : a;
        return hashed is Group { Members: { } members } g ? g with { Members = members.Select(m => (Agent)Hash(m)).ToList() } : hashed;
    }
}
