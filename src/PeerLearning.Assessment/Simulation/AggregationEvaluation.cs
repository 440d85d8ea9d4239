using PeerLearning.Assessment.Aggregation;

namespace PeerLearning.Assessment.Simulation;

/// <summary>
/// Runs methods side by side on simulated rounds and measures their error against the truth. Methods run with
/// fixed settings: nothing is tuned on the rounds being scored.
/// </summary>
public static class AggregationEvaluation
{
    /// <summary>Evaluates <paramref name="methods"/> on <paramref name="rounds"/> rounds drawn with seeds Seed, Seed+1, ...</summary>
    /// <param name="methods">The methods.</param>
    /// <param name="simulation">The simulation settings (its seed is the first round's).</param>
    /// <param name="rounds">How many rounds.</param>
    /// <param name="options">Aggregation options (defaults when null).</param>
    /// <returns>One row per method, in the order given.</returns>
    public static IReadOnlyList<MethodEvaluation> Evaluate(IReadOnlyList<IGradeAggregator> methods, SimulationOptions simulation, int rounds, AggregationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(methods);
        ArgumentNullException.ThrowIfNull(simulation);
        ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 1);
        options ??= AggregationOptions.Default;
        var accumulators = methods.Select(_ => new Accumulator()).ToArray();
        for (var k = 0; k < rounds; k++)
        {
            var simulated = PeerReviewSimulator.Simulate(simulation with { Seed = simulation.Seed + k });
            for (var m = 0; m < methods.Count; m++)
            {
                var result = methods[m].Aggregate(simulated.Round, options);
                foreach (var grade in result.Grades)
                {
                    if (grade.Grade is { } g)
                    {
                        accumulators[m].Add(g - simulated.TrueGrades[grade.SubmissionId]);
                    }
                }
            }
        }

        return methods.Select((method, m) => accumulators[m].Result(method.Name)).ToList();
    }

    /// <summary>The error of one result against the truth.</summary>
    /// <param name="result">The grades.</param>
    /// <param name="truth">The true grade per submission id.</param>
    /// <returns>The error summary.</returns>
    public static MethodEvaluation Score(AggregationResult result, IReadOnlyDictionary<string, double> truth)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(truth);
        var accumulator = new Accumulator();
        foreach (var grade in result.Grades)
        {
            if (grade.Grade is { } g && truth.TryGetValue(grade.SubmissionId, out var t))
            {
                accumulator.Add(g - t);
            }
        }

        return accumulator.Result(result.Method);
    }

    private sealed class Accumulator
    {
        private double _squares;
        private double _absolute;
        private int _five;
        private int _ten;
        private int _count;

        public void Add(double error)
        {
            _squares += error * error;
            _absolute += Math.Abs(error);
            _five += Math.Abs(error) <= 5 ? 1 : 0;
            _ten += Math.Abs(error) <= 10 ? 1 : 0;
            _count++;
        }

        public MethodEvaluation Result(string method) => _count == 0
            ? new MethodEvaluation(method, double.NaN, double.NaN, double.NaN, double.NaN, 0)
            : new MethodEvaluation(method, Math.Sqrt(_squares / _count), _absolute / _count, (double)_five / _count, (double)_ten / _count, _count);
    }
}
