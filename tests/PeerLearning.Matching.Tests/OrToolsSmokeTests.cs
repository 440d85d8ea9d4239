using Google.OrTools.Graph;

namespace PeerLearning.Matching.Tests;

public sealed class OrToolsSmokeTests
{
    [Fact]
    public void OrTools_native_library_solves_a_tiny_assignment()
    {
        var lsa = new LinearSumAssignment();
        lsa.AddArcWithCost(0, 0, 5);
        lsa.AddArcWithCost(0, 1, 1);
        lsa.AddArcWithCost(1, 0, 1);
        lsa.AddArcWithCost(1, 1, 5);
        Assert.Equal(LinearSumAssignment.Status.OPTIMAL, lsa.Solve());
        Assert.Equal(2, lsa.OptimalCost());
    }
}
