using Microsoft.Extensions.Options;

namespace PeerLearning.Xapi;

/// <summary>Validates <see cref="LrsClientOptions"/> at start-up, reporting every problem.</summary>
internal sealed class LrsClientOptionsValidator : IValidateOptions<LrsClientOptions>
{
    public ValidateOptionsResult Validate(string? name, LrsClientOptions options)
    {
        var problems = options.Validate();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems.Select(p => $"{p.Field}: {p.Message}"));
    }
}
