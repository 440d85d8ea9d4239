using Newtonsoft.Json.Linq;

namespace PeerLearning.Xapi.Tests.Corpus;

internal sealed record CorpusCase(string Name, bool Valid, JToken Statement)
{
    public static IReadOnlyList<CorpusCase> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Corpus", "statements-1.0.3.json");
        var array = (JArray)StatementSerializer.ParseJson(File.ReadAllText(path));
        return array.Select(c => new CorpusCase((string)c["name"]!, (bool)c["valid"]!, c["statement"]!)).ToList();
    }

    public static TheoryData<string> Names(bool valid)
    {
        var data = new TheoryData<string>();
        foreach (var c in Load().Where(c => c.Valid == valid))
        {
            data.Add(c.Name);
        }

        return data;
    }

    public static CorpusCase Get(string name) => Load().Single(c => c.Name == name);
}
