namespace PeerLearning.Xapi.Tests.Node;

/// <summary>A fact that needs Node.js: skipped with a reason when node is absent, except under CI=true where it runs (and fails).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class NodeFactAttribute : FactAttribute
{
    public NodeFactAttribute()
    {
        if (NodeEnvironment.SkipReason is { } reason && !NodeEnvironment.IsCi)
        {
            Skip = reason;
        }
    }
}
