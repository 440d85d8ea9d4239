namespace PeerLearning.Recognition;

/// <summary>A rule a kudos must pass. Policies are pure: they read the context and answer; they never write.</summary>
public interface IKudosPolicy
{
    /// <summary>The policy's name, used in decisions.</summary>
    string Name { get; }

    /// <summary>Judges one kudos.</summary>
    /// <param name="context">The kudos and what the engine knows about the giver.</param>
    /// <returns>The decision.</returns>
    KudosPolicyDecision Evaluate(KudosContext context);
}
