namespace PeerLearning.Assessment.Reliability;

/// <summary>One intraclass correlation with its F test against ICC = 0.</summary>
/// <param name="Form">The form.</param>
/// <param name="Value">The coefficient.</param>
/// <param name="F">The F statistic.</param>
/// <param name="NumeratorDegreesOfFreedom">The numerator degrees of freedom.</param>
/// <param name="DenominatorDegreesOfFreedom">The denominator degrees of freedom.</param>
/// <param name="PValue">P(F &gt; observed) under ICC = 0.</param>
public sealed record IccResult(IccForm Form, double Value, double F, double NumeratorDegreesOfFreedom, double DenominatorDegreesOfFreedom, double PValue);
