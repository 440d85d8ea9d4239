using System.Globalization;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace PeerLearning.Xapi;

/// <summary>
/// Converts statements to and from xAPI JSON. Dates are read as text (<see cref="DateParseHandling.None"/>) and
/// numbers as decimals, so a statement an LRS returns is written back exactly, unknown properties included.
/// </summary>
public static class StatementSerializer
{
    [ThreadStatic]
    private static StringBuilder? _cachedBuilder;

    /// <summary>The JSON reader settings every xAPI read uses: dates stay text, floats become decimals.</summary>
    public static JsonLoadSettings LoadSettings { get; } = new() { LineInfoHandling = LineInfoHandling.Load };

    /// <summary>Serializes one statement as compact JSON.</summary>
    public static string Serialize(Statement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var builder = _cachedBuilder ?? new StringBuilder(2048);
        _cachedBuilder = null;
        builder.Clear();
        using (var writer = CreateWriter(new StringWriter(builder, CultureInfo.InvariantCulture)))
        {
            StatementWriter.WriteStatement(writer, statement);
        }

        var json = builder.ToString();
        if (builder.Capacity <= 64 * 1024)
        {
            _cachedBuilder = builder;
        }

        return json;
    }

    /// <summary>Serializes statements as a compact JSON array.</summary>
    public static string SerializeBatch(IEnumerable<Statement> statements)
    {
        ArgumentNullException.ThrowIfNull(statements);
        var builder = new StringBuilder(4096);
        using (var writer = CreateWriter(new StringWriter(builder, CultureInfo.InvariantCulture)))
        {
            WriteBatch(writer, statements);
        }

        return builder.ToString();
    }

    /// <summary>Writes one statement to <paramref name="writer"/>.</summary>
    public static void Write(JsonWriter writer, Statement statement)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(statement);
        StatementWriter.WriteStatement(writer, statement);
    }

    /// <summary>Writes statements as a JSON array to <paramref name="writer"/>.</summary>
    public static void WriteBatch(JsonWriter writer, IEnumerable<Statement> statements)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(statements);
        writer.WriteStartArray();
        foreach (var statement in statements)
        {
            StatementWriter.WriteStatement(writer, statement);
        }

        writer.WriteEndArray();
    }

    /// <summary>The statement as a JSON tree.</summary>
    public static JObject ToJObject(Statement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        using var writer = new JTokenWriter();
        StatementWriter.WriteStatement(writer, statement);
        return (JObject)writer.Token!;
    }

    /// <summary>Parses JSON text without converting dates and with decimal floats.</summary>
    public static JToken ParseJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var reader = CreateReader(new StringReader(json));
        var token = JToken.ReadFrom(reader, LoadSettings);
        if (reader.Read())
        {
            throw new JsonReaderException("Unexpected content after the JSON value.");
        }

        return token;
    }

    /// <summary>A JSON reader configured for xAPI: <see cref="DateParseHandling.None"/>, <see cref="FloatParseHandling.Decimal"/>.</summary>
    public static JsonTextReader CreateReader(TextReader reader) => new(reader)
    {
        DateParseHandling = DateParseHandling.None,
        FloatParseHandling = FloatParseHandling.Decimal,
        MaxDepth = 128,
    };

    /// <summary>Reads one statement; throws <see cref="PeerLearningValidationException"/> naming every structural problem.</summary>
    public static Statement Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return FromJToken(ParseJson(json));
    }

    /// <summary>Reads one statement from a JSON tree; throws <see cref="PeerLearningValidationException"/> naming every structural problem.</summary>
    public static Statement FromJToken(JToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var problems = new List<ValidationProblem>();
        var statement = TryRead(token, ItemIdOf(token, 0), null, problems);
        PeerLearningValidationException.ThrowIfAny(problems);
        return statement!;
    }

    /// <summary>Reads a JSON array of statements (or a single statement object); throws naming every problem of every statement.</summary>
    public static IReadOnlyList<Statement> DeserializeBatch(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var token = ParseJson(json);
        var problems = new List<ValidationProblem>();
        var result = ReadMany(token, problems);
        PeerLearningValidationException.ThrowIfAny(problems);
        return result;
    }

    internal static List<Statement> ReadMany(JToken token, List<ValidationProblem> problems)
    {
        var result = new List<Statement>();
        if (token is JArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                if (TryRead(array[i], ItemIdOf(array[i], i), i, problems) is { } statement)
                {
                    result.Add(statement);
                }
            }
        }
        else if (TryRead(token, ItemIdOf(token, 0), null, problems) is { } statement)
        {
            result.Add(statement);
        }

        return result;
    }

    internal static Statement? TryRead(JToken token, string itemId, int? index, List<ValidationProblem> problems) =>
        new StatementReader(itemId, index, problems).ReadStatement(token, "$");

    internal static string ItemIdOf(JToken token, int index) =>
        token is JObject o && o["id"] is JValue { Type: JTokenType.String } id ? "statement " + (string)id! : "statement #" + index.ToString(CultureInfo.InvariantCulture);

    internal static JsonTextWriter CreateWriter(TextWriter writer) => new(writer)
    {
        Formatting = Formatting.None,
        DateFormatHandling = DateFormatHandling.IsoDateFormat,
        CloseOutput = true,
    };
}
