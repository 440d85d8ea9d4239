using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace PeerLearning.Recognition.Tests.OpenBadges;

public sealed class OpenBadgesExportTests
{
    private static readonly DateTimeOffset Awarded = new(2026, 3, 2, 9, 30, 0, TimeSpan.FromHours(1));

    private static readonly BadgeDefinition Mentor = new()
    {
        Id = "mentor-5",
        Name = "Dedicated mentor",
        Description = "Held five mentoring sessions in ninety days.",
        Criteria = new EventCountCriterion("sessionHeld", 5, TimeSpan.FromDays(90)),
    };

    private static readonly BadgeAward Award = new()
    {
        AwardId = "badge:mentor-5:ann",
        BadgeId = "mentor-5",
        ParticipantId = "ann",
        AwardedAt = Awarded,
        ExpiresAt = Awarded.AddDays(365),
    };

    private static OpenBadgesOptions Options() => new()
    {
        IssuerId = new Uri("https://learn.example.com/issuer"),
        IssuerName = "Example Corp Learning",
        IssuerUrl = new Uri("https://learn.example.com/"),
        IssuerEmail = "badges@example.com",
        BaseUrl = new Uri("https://learn.example.com/ob/"),
        DefaultImage = new Uri("https://learn.example.com/img/badge.png"),
    };

    [Fact]
    public void Identity_hash_matches_the_specification_example()
    {
        Assert.Equal("sha256$b5809d8a92f8858436d7e6b87c12ebc0ae1eac4baecc2c0b913aee2c922ef399", OpenBadgesExporter.HashIdentity("a@example.com", "Kosher"));
    }

    [Fact]
    public void Open_badges_2_documents_carry_every_required_field()
    {
        var exporter = new OpenBadgesExporter(Options());

        var issuer = exporter.IssuerV2();
        var badgeClass = exporter.BadgeClassV2(Mentor);
        var assertion = exporter.AssertionV2(Award, Mentor, "ann@example.com", "pepper");

        AssertFields(issuer, "@context", "type", "id", "name", "url", "email");
        AssertFields(badgeClass, "@context", "type", "id", "name", "description", "image", "criteria", "issuer");
        AssertFields(assertion, "@context", "type", "id", "recipient", "badge", "verification", "issuedOn");
        Assert.Equal("https://w3id.org/openbadges/v2", (string?)assertion["@context"]);
        Assert.Equal("Issuer", (string?)issuer["type"]);
        Assert.Equal("BadgeClass", (string?)badgeClass["type"]);
        Assert.Equal("Assertion", (string?)assertion["type"]);
        Assert.Equal("https://learn.example.com/ob/badges/mentor-5", (string?)badgeClass["id"]);
        Assert.Equal((string?)issuer["id"], (string?)badgeClass["issuer"]);
        Assert.Equal((string?)badgeClass["id"], (string?)assertion["badge"]);
        Assert.Equal("https://learn.example.com/ob/assertions/badge%3Amentor-5%3Aann", (string?)assertion["id"]);
        Assert.Equal("hosted", (string?)assertion["verification"]!["type"]);
        Assert.Equal("2026-03-02T08:30:00Z", (string?)assertion["issuedOn"]);
        Assert.Equal("2027-03-02T08:30:00Z", (string?)assertion["expires"]);
        Assert.Equal("at least 5 sessionHeld events within 90 days.", (string?)badgeClass["criteria"]!["narrative"]);
        var recipient = assertion["recipient"]!;
        Assert.Equal("email", (string?)recipient["type"]);
        Assert.True((bool)recipient["hashed"]!);
        Assert.Equal(OpenBadgesExporter.HashIdentity("ann@example.com", "pepper"), (string?)recipient["identity"]);
        Assert.DoesNotContain("ann@example.com", assertion.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_revoked_award_is_marked_in_2_0_and_refused_in_3_0()
    {
        var exporter = new OpenBadgesExporter(Options());
        var revoked = Award with { RevokedAt = Awarded.AddDays(3), RevocationReason = "sessions were not held" };

        var assertion = exporter.AssertionV2(revoked, Mentor, "ann@example.com", "pepper");

        Assert.True((bool)assertion["revoked"]!);
        Assert.Equal("sessions were not held", (string?)assertion["revocationReason"]);
        await Assert.ThrowsAsync<PeerLearningValidationException>(() => exporter.CredentialV3Async(revoked, Mentor, "ann@example.com", "pepper").AsTask());
    }

    [SchemaFact]
    public async Task Open_badges_3_credential_validates_against_the_official_schema()
    {
        var schema = SchemaFactAttribute.Load()!;

        var credential = await new OpenBadgesExporter(Options()).CredentialV3Async(Award, Mentor, "ann@example.com", "pepper");
        var result = schema.Evaluate(ToElement(credential), new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });

        Assert.True(result.IsValid, Describe(result));
        Assert.Equal("https://www.w3.org/ns/credentials/v2", (string?)credential["@context"]![0]);
        Assert.Equal("2026-03-02T08:30:00Z", (string?)credential["validFrom"]);
        Assert.Equal("2027-03-02T08:30:00Z", (string?)credential["validUntil"]);
        Assert.Equal("Dedicated mentor", (string?)credential["credentialSubject"]!["achievement"]!["name"]);
        Assert.NotNull(credential["credentialSubject"]!["achievement"]!["criteria"]!["narrative"]);
    }

    [SchemaFact]
    public async Task Credential_missing_a_required_field_fails_the_schema()
    {
        var schema = SchemaFactAttribute.Load()!;

        var credential = await new OpenBadgesExporter(Options()).CredentialV3Async(Award, Mentor, "ann@example.com", "pepper");
        credential.Remove("validFrom");

        Assert.False(schema.Evaluate(ToElement(credential)).IsValid);
    }

    [Fact]
    public async Task The_signer_adds_a_proof_that_still_validates()
    {
        var signer = new HmacTestSigner(Encoding.UTF8.GetBytes("test key"));
        var credential = await new OpenBadgesExporter(Options(), signer).CredentialV3Async(Award, Mentor, "ann@example.com", "pepper");

        var proof = Assert.Single(credential["proof"]!.AsArray())!;
        Assert.Equal("DataIntegrityProof", (string?)proof["type"]);
        var unsigned = credential.DeepClone().AsObject();
        unsigned.Remove("proof");
        Assert.Equal(HmacTestSigner.Sign(signer.Key, unsigned), (string?)proof["proofValue"]);
        if (SchemaFactAttribute.Load() is { } schema)
        {
            var result = schema.Evaluate(ToElement(credential), new EvaluationOptions { OutputFormat = OutputFormat.List });
            Assert.True(result.IsValid, Describe(result));
        }
    }

    [Fact]
    public void Invalid_options_name_every_field()
    {
        var ex = Assert.Throws<PeerLearningValidationException>(() => new OpenBadgesExporter(new OpenBadgesOptions { IssuerEmail = "nope" }));

        Assert.Equal(["issuerId", "issuerUrl", "baseUrl", "defaultImage", "issuerName", "issuerEmail"], ex.Problems.Select(p => p.Field));
    }

    private static void AssertFields(JsonObject document, params string[] fields)
    {
        foreach (var f in fields)
        {
            Assert.True(document[f] is not null, $"missing required field '{f}' in {document.ToJsonString()}");
        }
    }

    private static JsonElement ToElement(JsonObject node) => JsonDocument.Parse(node.ToJsonString()).RootElement;

    private static string Describe(EvaluationResults result) =>
        string.Join(Environment.NewLine, (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}")));

    /// <summary>A signer for tests only: HMAC over the credential's JSON text. Real hosts plug in a key-based suite.</summary>
    private sealed class HmacTestSigner(byte[] key) : IOpenBadgeCredentialSigner
    {
        public byte[] Key { get; } = key;

        public static string Sign(byte[] key, JsonObject credential) => Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(credential.ToJsonString())));

        public ValueTask<JsonObject> SignAsync(JsonObject credential, CancellationToken cancellationToken = default)
        {
            var value = Sign(Key, credential);
            credential["proof"] = new JsonArray(new JsonObject
            {
                ["type"] = "DataIntegrityProof",
                ["cryptosuite"] = "test-hmac-sha256",
                ["created"] = "2026-03-02T08:30:00Z",
                ["proofPurpose"] = "assertionMethod",
                ["verificationMethod"] = "https://learn.example.com/issuer#key-1",
                ["proofValue"] = value,
            });
            return ValueTask.FromResult(credential);
        }
    }
}
