namespace PeerLearning;

/// <summary>One thing wrong with an input, named by item and field so a person can fix it.</summary>
/// <param name="ItemId">The id of the item at fault (a participant id, a program id), or its position when it has no usable id.</param>
/// <param name="Field">The field at fault, as written in JSON (for example <c>managerId</c> or <c>skills[csharp].level</c>).</param>
/// <param name="Message">What is wrong and what was found.</param>
public sealed record ValidationProblem(string ItemId, string Field, string Message)
{
    /// <summary>The 0-based position of the item in the list that was validated, when the problem is about one item of a list.</summary>
    public int? ItemIndex { get; init; }

    /// <summary>The 1-based line in the source file, when the item came from a file.</summary>
    public int? Line { get; init; }

    /// <summary>The 1-based column (CSV) in the source file, when known.</summary>
    public int? Column { get; init; }

    /// <summary>The problem as one line: <c>line 4, column 3: p-17 managerId: ...</c>.</summary>
    /// <returns>A human-readable description.</returns>
    public override string ToString()
    {
        var where = (Line, Column) switch
        {
            ({ } line, { } column) => $"line {line}, column {column}: ",
            ({ } line, null) => $"line {line}: ",
            _ => string.Empty,
        };
        return $"{where}{ItemId} {Field}: {Message}";
    }
}
