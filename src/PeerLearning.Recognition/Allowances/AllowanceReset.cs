namespace PeerLearning.Recognition;

/// <summary>How often giving allowances reset.</summary>
public enum AllowanceReset
{
    /// <summary>On the first day of every month, at midnight in the configured time zone.</summary>
    Monthly = 0,

    /// <summary>On 1 January, 1 April, 1 July and 1 October, at midnight in the configured time zone.</summary>
    Quarterly = 1,
}
