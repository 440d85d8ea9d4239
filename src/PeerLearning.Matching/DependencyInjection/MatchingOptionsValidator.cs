using Microsoft.Extensions.Options;

namespace PeerLearning.Matching;

/// <summary>Validates <see cref="MatchingOptions"/> at start-up, listing every problem.</summary>
internal sealed class MatchingOptionsValidator : IValidateOptions<MatchingOptions>
{
    public ValidateOptionsResult Validate(string? name, MatchingOptions options)
    {
        var problems = options.Validate();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems.Select(p => p.ToString()));
    }
}
