namespace PeerLearning.Benchmarks.Matching;

/// <summary>Instance generators for assignment benchmarks (the classic families from the LAP literature).</summary>
public static class CostMatrices
{
    /// <summary>Generates an n × n integer cost matrix of the given family.</summary>
    public static int[] Generate(string kind, int n, int seed)
    {
        var rng = new Random(seed);
        var c = new int[n * n];
        switch (kind)
        {
            case "uniform":
                for (var i = 0; i < c.Length; i++)
                {
                    c[i] = rng.Next(0, 1000);
                }

                break;
            case "ties":
                for (var i = 0; i < c.Length; i++)
                {
                    c[i] = rng.Next(0, 10);
                }

                break;
            case "spatial":
                var a = Enumerable.Range(0, n).Select(_ => (rng.NextDouble(), rng.NextDouble())).ToArray();
                var b = Enumerable.Range(0, n).Select(_ => (rng.NextDouble(), rng.NextDouble())).ToArray();
                for (var i = 0; i < n; i++)
                {
                    for (var j = 0; j < n; j++)
                    {
                        var dx = a[i].Item1 - b[j].Item1;
                        var dy = a[i].Item2 - b[j].Item2;
                        c[(i * n) + j] = (int)(Math.Sqrt((dx * dx) + (dy * dy)) * 700);
                    }
                }

                break;
            case "machol-wien":
                // Machol and Wien, "A hard assignment problem" (Operations Research 24, 1976; errata 25, 1977):
                // c(i, j) = i · j with i, j in 1..n (OR-Tools' test uses the 0-based (i - 1)(j - 1) variant). Hard for
                // Hungarian-type methods; costs reach n², beyond the 0–999 of the other families.
                for (var i = 0; i < n; i++)
                {
                    for (var j = 0; j < n; j++)
                    {
                        c[(i * n) + j] = (i + 1) * (j + 1);
                    }
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown family");
        }

        return c;
    }
}
