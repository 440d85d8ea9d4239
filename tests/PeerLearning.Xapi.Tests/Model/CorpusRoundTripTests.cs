using Newtonsoft.Json.Linq;
using PeerLearning.Xapi.Tests.Corpus;

namespace PeerLearning.Xapi.Tests.Model;

public sealed class CorpusRoundTripTests
{
    public static TheoryData<string> ValidNames => CorpusCase.Names(valid: true);

    public static TheoryData<string> InvalidNames => CorpusCase.Names(valid: false);

    [Theory]
    [MemberData(nameof(ValidNames))]
    public void Valid_statement_round_trips_to_identical_json_and_passes_validation(string name)
    {
        var json = CorpusCase.Get(name).Statement;

        var statement = StatementSerializer.FromJToken(json);
        var written = StatementSerializer.ParseJson(StatementSerializer.Serialize(statement));

        Assert.True(JToken.DeepEquals(json, written), $"round trip changed the JSON:\n{json}\n---\n{written}");
        Assert.Empty(StatementValidator.Validate(statement));
        Assert.Empty(StatementValidator.ValidateJson(json));
    }

    [Theory]
    [MemberData(nameof(InvalidNames))]
    public void Invalid_statement_is_reported_with_a_json_path(string name)
    {
        var problems = StatementValidator.ValidateJson(CorpusCase.Get(name).Statement);

        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.StartsWith("$", p.Field, StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_properties_and_number_text_survive_a_round_trip()
    {
        const string json = """{"id":"6690e6c9-3ef0-4ed3-8b37-7f3964730bee","actor":{"objectType":"Agent","mbox":"mailto:a@example.org","x-lrs":{"k":[1,2]}},"verb":{"id":"http://example.org/v"},"object":{"id":"http://example.org/a","vendor":true},"result":{"score":{"raw":1.50,"max":10}},"stored":"2026-12-04T10:11:12.3456789+01:00","custom":null}""";

        var statement = StatementSerializer.Deserialize(json);

        Assert.Equal(json, StatementSerializer.Serialize(statement));
        Assert.Equal(1.50m, statement.Result!.Score!.Raw);
        Assert.Equal("2026-12-04T10:11:12.3456789+01:00", statement.Stored!.Value.Text);
        Assert.Equal(new DateTimeOffset(2026, 12, 4, 9, 11, 12, TimeSpan.Zero).AddTicks(3456789), statement.Stored!.Value.Value);
        Assert.True(statement.AdditionalProperties!.ContainsKey("custom"));
    }

    [Fact]
    public void Structural_problems_of_a_batch_are_all_reported_with_item_index_and_path()
    {
        const string json = """[{"actor":{"mbox":"mailto:a@example.org"},"verb":{"id":"http://example.org/v"},"object":{"id":"http://example.org/a"}},{"actor":5,"verb":{},"object":{"objectType":"Nope"}}]""";

        var exception = Assert.Throws<PeerLearningValidationException>(() => StatementSerializer.DeserializeBatch(json));

        Assert.Equal(["$.actor", "$.object.objectType", "$.verb.id"], exception.Problems.Select(p => p.Field).Order(StringComparer.Ordinal));
        Assert.All(exception.Problems, p => Assert.Equal(1, p.ItemIndex));
    }
}
