using Microsoft.Extensions.Options;
using PeerLearning.Assessment.Aggregation;

namespace PeerLearning.Assessment.Engine;

/// <summary>Validates <see cref="AssessmentOptions"/> at start-up.</summary>
internal sealed class AssessmentOptionsValidator(IEnumerable<IGradeAggregator> aggregators) : IValidateOptions<AssessmentOptions>
{
    public ValidateOptionsResult Validate(string? name, AssessmentOptions options)
    {
        var failures = new List<string>();
        if (!aggregators.Concat(GradeAggregators.BuiltIn).Any(a => string.Equals(a.Name, options.DefaultMethod, StringComparison.OrdinalIgnoreCase)))
        {
            failures.Add($"Assessment:DefaultMethod '{options.DefaultMethod}' is not a known method ({string.Join(", ", AggregationMethods.All)})");
        }

        failures.AddRange((options.Aggregation ?? AggregationOptions.Default).Validate().Select(p => $"Assessment:Aggregation {p.Field}: {p.Message}"));
        if (!double.IsFinite(options.SelfPeerThreshold) || options.SelfPeerThreshold <= 0)
        {
            failures.Add("Assessment:SelfPeerThreshold must be positive");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
