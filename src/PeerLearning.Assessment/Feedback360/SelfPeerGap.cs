namespace PeerLearning.Assessment.Feedback360;

/// <summary>How one author's self-assessment of one criterion compares with the peer consensus.</summary>
/// <param name="AuthorId">The author who assessed themself.</param>
/// <param name="SubmissionId">The submission.</param>
/// <param name="CriterionId">The criterion.</param>
/// <param name="SelfPoints">The author's own points.</param>
/// <param name="PeerPoints">The peers' consensus points.</param>
/// <param name="Gap">Self minus peers, in percent of the criterion's range: positive is over-estimation.</param>
/// <param name="Kind">Blind spot, hidden strength or aligned.</param>
public sealed record SelfPeerGap(string AuthorId, string SubmissionId, string CriterionId, double SelfPoints, double PeerPoints, double Gap, SelfPeerGapKind Kind);
