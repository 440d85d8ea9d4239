using PeerLearning.Assessment.Reviews;

namespace PeerLearning.Assessment.Aggregation;

/// <summary>Turns a round of reviews into grades. Built-in methods are listed in <see cref="AggregationMethods"/>; a host may add its own.</summary>
public interface IGradeAggregator
{
    /// <summary>The method's name, used to select it.</summary>
    string Name { get; }

    /// <summary>Aggregates the reviews of a validated round into one grade per submission.</summary>
    /// <param name="round">The round (already validated).</param>
    /// <param name="options">The options.</param>
    /// <returns>The grades and reviewer estimates.</returns>
    AggregationResult Aggregate(PeerAssessment round, AggregationOptions options);
}
