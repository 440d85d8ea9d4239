namespace PeerLearning;

/// <summary>Thrown when input is invalid; carries every problem found, not just the first.</summary>
public sealed class PeerLearningValidationException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="problems">Every problem found; at least one.</param>
    public PeerLearningValidationException(IReadOnlyList<ValidationProblem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>Creates the exception for one problem.</summary>
    /// <param name="itemId">The item at fault.</param>
    /// <param name="field">The field at fault.</param>
    /// <param name="message">What is wrong.</param>
    public PeerLearningValidationException(string itemId, string field, string message)
        : this([new ValidationProblem(itemId, field, message)])
    {
    }

    /// <summary>Creates the exception with a message only (prefer the constructors that name the item).</summary>
    public PeerLearningValidationException()
        : this("input", "(unknown)", "invalid input")
    {
    }

    /// <summary>Creates the exception with a message only (prefer the constructors that name the item).</summary>
    /// <param name="message">What is wrong.</param>
    public PeerLearningValidationException(string message)
        : this("input", "(unknown)", message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public PeerLearningValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [new ValidationProblem("input", "(unknown)", message)];
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<ValidationProblem> Problems { get; }

    /// <summary>Throws when <paramref name="problems"/> is not empty.</summary>
    /// <param name="problems">The problems found.</param>
    /// <exception cref="PeerLearningValidationException">At least one problem was found.</exception>
    public static void ThrowIfAny(IReadOnlyList<ValidationProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (problems.Count > 0)
        {
            throw new PeerLearningValidationException(problems);
        }
    }

    private static string Describe(IReadOnlyList<ValidationProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        const int shown = 20;
        var lines = problems.Take(shown).Select(p => "  " + p);
        var more = problems.Count > shown ? $"{Environment.NewLine}  ... and {problems.Count - shown} more" : string.Empty;
        return $"{problems.Count} validation problem(s):{Environment.NewLine}{string.Join(Environment.NewLine, lines)}{more}";
    }
}
