using System.Security.Cryptography;
using System.Text;
using PeerLearning.Xapi.Tests.Client;

namespace PeerLearning.Xapi.Tests.Validation;

public sealed class StatementSignerTests
{
    [Theory]
    [InlineData(JwsAlgorithm.RS256)]
    [InlineData(JwsAlgorithm.RS384)]
    [InlineData(JwsAlgorithm.RS512)]
    public void Signed_statement_verifies_and_tampering_is_detected(JwsAlgorithm algorithm)
    {
        using var key = RSA.Create(2048);
        using var other = RSA.Create(2048);
        var signed = StatementSigner.Sign(Statements.Completed(1), key, algorithm);
        var header = Encoding.UTF8.GetString(Convert.FromBase64String(Encoding.ASCII.GetString(signed.Signature.Content.Span).Split('.')[0] + "=="[..((4 - (Encoding.ASCII.GetString(signed.Signature.Content.Span).Split('.')[0].Length % 4)) % 4)]));

        Assert.Contains(algorithm.ToString(), header, StringComparison.Ordinal);
        Assert.Empty(StatementValidator.Validate(signed.Statement));
        Assert.True(StatementSigner.Verify(signed.Statement, signed.Signature.Content, key).IsValid);
        Assert.False(StatementSigner.Verify(signed.Statement, signed.Signature.Content, other).IsValid);
        Assert.Equal("the signed payload differs from the statement", StatementSigner.Verify(signed.Statement with { Verb = new Verb("http://example.org/forged") }, signed.Signature.Content, key).Problem);
        Assert.True(StatementSigner.Verify(signed.Statement with { Stored = DateTimeOffset.UnixEpoch, Authority = Agent.WithMbox("lrs@example.org") }, signed.Signature.Content, key).IsValid);
    }
}
