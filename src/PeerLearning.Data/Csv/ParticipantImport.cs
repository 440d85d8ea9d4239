namespace PeerLearning.Data;

/// <summary>What an import read: the participants it could build and every problem it found, with line and column.</summary>
/// <param name="Participants">The participants read, in file order; rows with a problem in a field still appear when their id could be read.</param>
/// <param name="Problems">Every problem: format errors and, once parsed, the validator's findings located at the participant's line.</param>
public sealed record ParticipantImport(IReadOnlyList<Participant> Participants, IReadOnlyList<ValidationProblem> Problems)
{
    /// <summary>True when nothing is wrong.</summary>
    public bool IsValid => Problems.Count == 0;

    /// <summary>The participants, or an exception with every problem.</summary>
    /// <returns>The participants when the import is valid.</returns>
    /// <exception cref="PeerLearningValidationException">The import found at least one problem.</exception>
    public IReadOnlyList<Participant> GetParticipantsOrThrow()
    {
        PeerLearningValidationException.ThrowIfAny(Problems);
        return Participants;
    }
}
