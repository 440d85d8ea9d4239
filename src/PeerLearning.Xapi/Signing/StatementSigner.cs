using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace PeerLearning.Xapi;

/// <summary>
/// Signs statements as xAPI defines: a JWS (compact serialization, RS256/384/512) whose payload is the statement
/// without its signature, attached with usage type <see cref="Attachment.SignatureUsageType"/>; and verifies them.
/// </summary>
public static class StatementSigner
{
    private static readonly string[] LrsProperties = ["stored", "authority", "version"];

    /// <summary>Signs <paramref name="statement"/> (an id is assigned first when missing, so the payload carries it).</summary>
    public static SignedStatement Sign(Statement statement, RSA privateKey, JwsAlgorithm algorithm = JwsAlgorithm.RS256, X509Certificate2? certificate = null)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(privateKey);
        var unsigned = statement.Id is null ? statement with { Id = Guid.NewGuid() } : statement;
        var header = new JObject { ["alg"] = algorithm.ToString() };
        if (certificate is not null)
        {
            header["x5c"] = new JArray(Convert.ToBase64String(certificate.RawData));
        }

        var signingInput = Base64Url(Encoding.UTF8.GetBytes(header.ToString(Formatting.None))) + "." + Base64Url(Encoding.UTF8.GetBytes(StatementSerializer.Serialize(unsigned)));
        var signature = privateKey.SignData(Encoding.ASCII.GetBytes(signingInput), HashOf(algorithm), RSASignaturePadding.Pkcs1);
        var jws = new AttachmentContent(Encoding.ASCII.GetBytes(signingInput + "." + Base64Url(signature)), "application/octet-stream");
        var metadata = jws.ToAttachment(Attachment.SignatureUsageType, new Dictionary<string, string> { ["en-US"] = "Signature" });
        return new SignedStatement(unsigned with { Attachments = [.. unsigned.Attachments ?? [], metadata] }, jws);
    }

    /// <summary>
    /// Verifies the JWS <paramref name="jws"/> of <paramref name="statement"/> with <paramref name="publicKey"/>: the
    /// algorithm is RS256/384/512, the signature is valid, the JWS is the statement's signature attachment, and the
    /// payload equals the statement without the signature attachment and the properties an LRS sets.
    /// </summary>
    public static SignatureVerification Verify(Statement statement, ReadOnlyMemory<byte> jws, RSA publicKey)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(publicKey);
        var sha2 = Convert.ToHexString(SHA256.HashData(jws.Span)).ToLowerInvariant();
        var signatureAttachment = statement.Attachments?.FirstOrDefault(a => a.UsageType == Attachment.SignatureUsageType);
        if (signatureAttachment is null)
        {
            return new SignatureVerification(false, "the statement has no signature attachment");
        }

        if (!string.Equals(signatureAttachment.Sha2, sha2, StringComparison.OrdinalIgnoreCase))
        {
            return new SignatureVerification(false, "the JWS is not the content of the signature attachment (SHA-256 differs)");
        }

        var parts = Encoding.ASCII.GetString(jws.Span).Split('.');
        if (parts.Length != 3)
        {
            return new SignatureVerification(false, "the JWS is not in compact serialization (three dot-separated parts)");
        }

        JObject header;
        JToken payload;
        byte[] signature;
        try
        {
            header = JObject.Parse(Encoding.UTF8.GetString(FromBase64Url(parts[0])));
            payload = StatementSerializer.ParseJson(Encoding.UTF8.GetString(FromBase64Url(parts[1])));
            signature = FromBase64Url(parts[2]);
        }
        catch (Exception exception) when (exception is FormatException or JsonException)
        {
            return new SignatureVerification(false, "the JWS is malformed: " + exception.Message);
        }

        if (!Enum.TryParse<JwsAlgorithm>((string?)header["alg"], ignoreCase: false, out var algorithm) || !Enum.IsDefined(algorithm))
        {
            return new SignatureVerification(false, $"the JWS algorithm '{(string?)header["alg"]}' is not RS256, RS384 or RS512");
        }

        if (!publicKey.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), signature, HashOf(algorithm), RSASignaturePadding.Pkcs1))
        {
            return new SignatureVerification(false, "the signature does not verify with the given key");
        }

        var expected = StatementSerializer.ToJObject(statement with { Attachments = Without(statement.Attachments, signatureAttachment) });
        var signed = (JObject)payload.DeepClone();
        foreach (var name in LrsProperties)
        {
            expected.Remove(name);
            signed.Remove(name);
        }

        var normalizedPayload = StatementSerializer.ToJObject(StatementSerializer.FromJToken(signed));
        foreach (var name in LrsProperties)
        {
            normalizedPayload.Remove(name);
        }

        return JToken.DeepEquals(Normalize(expected), Normalize(normalizedPayload))
            ? SignatureVerification.Valid
            : new SignatureVerification(false, "the signed payload differs from the statement");
    }

    private static JObject Normalize(JObject statement)
    {
        // An LRS may add objectType where it was optional; compare with it everywhere.
        foreach (var token in statement.DescendantsAndSelf().OfType<JObject>().ToList())
        {
            if (token.Parent is JProperty { Name: "actor" or "authority" or "instructor" or "agent" } && token["objectType"] is null)
            {
                token["objectType"] = "Agent";
            }
            else if (token.Parent is JProperty { Name: "object" } && token["objectType"] is null)
            {
                token["objectType"] = "Activity";
            }
        }

        return statement;
    }

    private static List<Attachment>? Without(IReadOnlyList<Attachment>? attachments, Attachment signature)
    {
        var rest = attachments?.Where(a => !ReferenceEquals(a, signature)).ToList();
        return rest is { Count: > 0 } ? rest : null;
    }

    private static HashAlgorithmName HashOf(JwsAlgorithm algorithm) => algorithm switch
    {
        JwsAlgorithm.RS256 => HashAlgorithmName.SHA256,
        JwsAlgorithm.RS384 => HashAlgorithmName.SHA384,
        JwsAlgorithm.RS512 => HashAlgorithmName.SHA512,
        _ => throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, "xAPI allows RS256, RS384 and RS512 only"),
    };

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] FromBase64Url(string text)
    {
        var s = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(s.PadRight(s.Length + ((4 - (s.Length % 4)) % 4), '='));
    }
}
