using PeerLearning.Assessment.Randomness;

namespace PeerLearning.Assessment.Aggregation;

/// <summary>
/// PG1 of Piech et al. (2013) on a rubric: score xᵣₛ꜀ = sₛ꜀ + bᵣ + ε with ε ~ N(0, 1/τᵣ). Each reviewer has one bias
/// bᵣ ~ N(0, σ_b²) and one reliability τᵣ ~ Gamma(α, β) across criteria (in units of each criterion's range);
/// each submission has a true score per criterion, sₛ ~ N(μ, Σ) with Σ the between-submission covariance of the
/// criteria (criteria are correlated: shrinking each alone would over-shrink the grade). μ, Σ, σ_b² and β are
/// estimated from the data (empirical Bayes); α is the prior strength. Fitted by variational EM, or by Gibbs
/// sampling from the EM fit with the hyper-parameters it found.
/// </summary>
internal sealed class Pg1Aggregator(bool gibbs) : PerCriterionAggregator
{
    private const double Floor = 1e-6;
    private const int Chunks = 64;
    private const int ParallelThreshold = 4096;

    public override string Name => gibbs ? AggregationMethods.Pg1Gibbs : AggregationMethods.Pg1;

    internal override MethodFit Fit(ReviewTable t, AggregationOptions options)
    {
        var model = new Model(t, options);
        model.FitExpectationMaximization(options.Pg1MaxIterations);
        if (gibbs)
        {
            model.Sample(new DeterministicRandom(options.Seed), options.GibbsBurnIn, options.GibbsSamples);
        }

        var fit = MethodFit.Empty(t);
        var c0 = t.Criteria;
        for (var c = 0; c < c0; c++)
        {
            var col = t.Columns[c];
            for (var s = 0; s < t.SubmissionCount; s++)
            {
                if (col.SubStart[s + 1] > col.SubStart[s])
                {
                    fit.Value[c][s] = model.Score[(s * c0) + c];
                    fit.StandardError[c][s] = Math.Sqrt(model.ScoreVariance[(s * c0) + c]);
                }
            }
        }

        var meanPrecision = Enumerable.Range(0, t.ReviewerCount).Where(r => model.ReviewerObservations[r] > 0).Select(r => model.Precision[r]).DefaultIfEmpty(1).Average();
        var estimates = t.ReviewerIds.Select((id, r) => new ReviewerEstimate
        {
            ReviewerId = id,
            ReviewCount = t.ReviewsPerReviewer[r],
            Bias = model.ReviewerObservations[r] > 0 ? 100 * model.Bias[r] : null,
            NoiseStandardDeviation = model.ReviewerObservations[r] > 0 ? 100 / Math.Sqrt(model.Precision[r]) : null,
            Weight = model.ReviewerObservations[r] > 0 ? model.Precision[r] / meanPrecision : null,
        }).ToArray();
        return fit with { Reviewers = estimates };
    }

    /// <summary>The model's state; scores are stored submission-major (s * criteria + c).</summary>
    private sealed class Model
    {
        private readonly ReviewTable _t;
        private readonly int _criteria;
        private readonly double _alpha;
        private readonly int[] _subStart;
        private readonly int[] _obsSub;
        private readonly int[] _obsCrit;
        private readonly int[] _obsRev;
        private readonly double[] _obsVal;
        private readonly int[] _revStart;
        private readonly int[] _revOrder;
        private readonly bool[] _active;
        private readonly double[] _biasVariance;
        private readonly double[] _mu;
        private readonly double[] _sigma;
        private readonly double[] _sigmaInverse;
        private double _biasSpread;
        private double _beta;

        public Model(ReviewTable t, AggregationOptions options)
        {
            _t = t;
            _criteria = t.Criteria;
            _alpha = options.Pg1ReliabilityPriorShape;
            var n = t.SubmissionCount;
            var reviewers = t.ReviewerCount;
            Score = new double[n * _criteria];
            ScoreVariance = new double[n * _criteria];
            Bias = new double[reviewers];
            _biasVariance = new double[reviewers];
            Precision = new double[reviewers];
            ReviewerObservations = new int[reviewers];
            // All observations in one array, grouped by submission, and a permutation grouped by reviewer.
            var total = t.Columns.Sum(col => col.Count);
            _subStart = new int[n + 1];
            _obsSub = new int[total];
            _obsCrit = new int[total];
            _obsRev = new int[total];
            _obsVal = new double[total];
            var at = 0;
            for (var s = 0; s < n; s++)
            {
                _subStart[s] = at;
                for (var c = 0; c < _criteria; c++)
                {
                    var col = t.Columns[c];
                    for (var i = col.SubStart[s]; i < col.SubStart[s + 1]; i++)
                    {
                        _obsSub[at] = s;
                        _obsCrit[at] = c;
                        _obsRev[at] = col.Rev[i];
                        _obsVal[at] = col.Value[i];
                        at++;
                    }
                }
            }

            _subStart[n] = at;
            _revStart = new int[reviewers + 1];
            foreach (var r in _obsRev)
            {
                _revStart[r + 1]++;
            }

            for (var r = 0; r < reviewers; r++)
            {
                _revStart[r + 1] += _revStart[r];
            }

            var fill = (int[])_revStart.Clone();
            _revOrder = new int[total];
            for (var i = 0; i < total; i++)
            {
                _revOrder[fill[_obsRev[i]]++] = i;
            }
            _active = new bool[n];
            _mu = new double[_criteria];
            _sigma = new double[_criteria * _criteria];
            _sigmaInverse = new double[_criteria * _criteria];

            var within = 0.0;
            var counted = new int[_criteria];
            for (var c = 0; c < _criteria; c++)
            {
                var col = t.Columns[c];
                within += Estimators.PooledVariance(col) / _criteria;
                for (var s = 0; s < n; s++)
                {
                    int a = col.SubStart[s], b = col.SubStart[s + 1];
                    if (a < b)
                    {
                        Score[(s * _criteria) + c] = Estimators.MeanAndSumSquares(col.Value.AsSpan(a, b - a)).Mean;
                        _active[s] = true;
                        _mu[c] += Score[(s * _criteria) + c];
                        counted[c]++;
                    }
                }

            }

            for (var c = 0; c < _criteria; c++)
            {
                _mu[c] = counted[c] > 0 ? _mu[c] / counted[c] : 0.5;
            }

            for (var r = 0; r < reviewers; r++)
            {
                ReviewerObservations[r] = _revStart[r + 1] - _revStart[r];
            }

            for (var s = 0; s < n; s++)
            {
                for (var c = 0; c < _criteria; c++)
                {
                    if (!_active[s] || t.Columns[c].SubStart[s + 1] == t.Columns[c].SubStart[s])
                    {
                        Score[(s * _criteria) + c] = _mu[c];
                    }
                }
            }

            // Start Σ from the spread of the plain means, the bias spread and the noise from the pooled variance.
            UpdateCovariance(includeVariance: false);
            _biasSpread = Math.Max(within / 4, Floor);
            _beta = _alpha * within;
            Array.Fill(Precision, 1 / within);
        }

        public double[] Score { get; }

        public double[] ScoreVariance { get; }

        public double[] Bias { get; }

        public double[] Precision { get; }

        public int[] ReviewerObservations { get; }

        public void FitExpectationMaximization(int maxIterations)
        {
            for (var iteration = 0; iteration < maxIterations; iteration++)
            {
                var change = UpdateScores(random: null);
                UpdateReviewers(random: null, out var residual);
                UpdateCovariance(includeVariance: true);
                _biasSpread = Math.Max(Bias.Select((b, r) => ReviewerObservations[r] > 0 ? (b * b) + _biasVariance[r] : 0).Sum() / Math.Max(ReviewerObservations.Count(o => o > 0), 1), Floor);
                _beta = _alpha * Math.Max(residual, Floor);
                if (change < 1e-4)
                {
                    break;
                }
            }
        }

        public void Sample(DeterministicRandom random, int burnIn, int samples)
        {
            var sum = new double[Score.Length];
            var sumSq = new double[Score.Length];
            var biasSum = new double[Bias.Length];
            var precisionSum = new double[Precision.Length];
            for (var sweep = 0; sweep < burnIn + samples; sweep++)
            {
                UpdateScores(random);
                UpdateReviewers(random, out _);
                if (sweep < burnIn)
                {
                    continue;
                }

                for (var i = 0; i < Score.Length; i++)
                {
                    sum[i] += Score[i];
                    sumSq[i] += Score[i] * Score[i];
                }

                for (var r = 0; r < Bias.Length; r++)
                {
                    biasSum[r] += Bias[r];
                    precisionSum[r] += Precision[r];
                }
            }

            for (var i = 0; i < Score.Length; i++)
            {
                var mean = sum[i] / samples;
                Score[i] = mean;
                ScoreVariance[i] = Math.Max((sumSq[i] / samples) - (mean * mean), 0);
            }

            for (var r = 0; r < Bias.Length; r++)
            {
                Bias[r] = biasSum[r] / samples;
                Precision[r] = precisionSum[r] / samples;
            }
        }

        /// <summary>Posterior of each submission's score vector given reviewers; a draw from it when sampling.</summary>
        /// <summary>Updates every submission's scores; returns the root-mean-square change. EM runs in fixed chunks in parallel (same result on any number of cores).</summary>
        private double UpdateScores(DeterministicRandom? random)
        {
            var k = _criteria;
            var prior = new double[k];
            for (var c = 0; c < k; c++)
            {
                var sum = 0.0;
                for (var j = 0; j < k; j++)
                {
                    sum += _sigmaInverse[(c * k) + j] * _mu[j];
                }

                prior[c] = sum;
            }

            var n = _t.SubmissionCount;
            double squares;
            if (random is null && n >= ParallelThreshold)
            {
                var partial = new double[Chunks];
                Parallel.For(0, Chunks, chunk => partial[chunk] = UpdateScores((int)((long)n * chunk / Chunks), (int)((long)n * (chunk + 1) / Chunks), prior, null));
                squares = partial.Sum();
            }
            else
            {
                squares = UpdateScores(0, n, prior, random);
            }

            return Math.Sqrt(squares / Math.Max(1, n * k));
        }

        private double UpdateScores(int from, int to, double[] prior, DeterministicRandom? random)
        {
            var k = _criteria;
            Span<double> precision = stackalloc double[k * k];
            Span<double> h = stackalloc double[k];
            Span<double> column = stackalloc double[k];
            Span<double> z = stackalloc double[k];
            var change = 0.0;
            for (var s = from; s < to; s++)
            {
                if (!_active[s])
                {
                    continue;
                }

                _sigmaInverse.CopyTo(precision);
                prior.CopyTo(h);
                for (var i = _subStart[s]; i < _subStart[s + 1]; i++)
                {
                    var r = _obsRev[i];
                    var c = _obsCrit[i];
                    precision[(c * k) + c] += Precision[r];
                    h[c] += Precision[r] * (_obsVal[i] - Bias[r]);
                }

                if (!SmallMatrix.Cholesky(precision, k))
                {
                    continue;
                }

                SmallMatrix.Solve(precision, k, h);
                for (var c = 0; c < k; c++)
                {
                    // Diagonal of the posterior covariance: solve for each unit vector.
                    column.Clear();
                    column[c] = 1;
                    SmallMatrix.Solve(precision, k, column);
                    ScoreVariance[(s * k) + c] = column[c];
                }

                if (random is not null)
                {
                    // s = m + L⁻ᵀ z has covariance (L Lᵀ)⁻¹.
                    for (var c = 0; c < k; c++)
                    {
                        z[c] = random.NextGaussian();
                    }

                    for (var i = k - 1; i >= 0; i--)
                    {
                        var acc = z[i];
                        for (var j = i + 1; j < k; j++)
                        {
                            acc -= precision[(j * k) + i] * z[j];
                        }

                        z[i] = acc / precision[(i * k) + i];
                    }

                    for (var c = 0; c < k; c++)
                    {
                        h[c] += z[c];
                    }
                }

                for (var c = 0; c < k; c++)
                {
                    var delta = h[c] - Score[(s * k) + c];
                    change += delta * delta;
                    Score[(s * k) + c] = h[c];
                }
            }

            return change;
        }

        /// <summary>Each reviewer's bias and reliability given the scores (posterior means, or draws when sampling).</summary>
        private void UpdateReviewers(DeterministicRandom? random, out double meanResidual)
        {
            var reviewers = Bias.Length;
            double residualTotal;
            long observations;
            if (random is null && reviewers >= ParallelThreshold)
            {
                var partial = new (double Residual, long Observations)[Chunks];
                Parallel.For(0, Chunks, chunk => partial[chunk] = UpdateReviewers((int)((long)reviewers * chunk / Chunks), (int)((long)reviewers * (chunk + 1) / Chunks), null));
                residualTotal = partial.Sum(p => p.Residual);
                observations = partial.Sum(p => p.Observations);
            }
            else
            {
                (residualTotal, observations) = UpdateReviewers(0, reviewers, random);
            }

            meanResidual = observations > 0 ? residualTotal / observations : Floor;
        }

        private (double Residual, long Observations) UpdateReviewers(int from, int to, DeterministicRandom? random)
        {
            var k = _criteria;
            double residualTotal = 0;
            long observations = 0;
            for (var r = from; r < to; r++)
            {
                var n = ReviewerObservations[r];
                if (n == 0)
                {
                    continue;
                }

                var numerator = 0.0;
                for (var j = _revStart[r]; j < _revStart[r + 1]; j++)
                {
                    var i = _revOrder[j];
                    numerator += _obsVal[i] - Score[(_obsSub[i] * k) + _obsCrit[i]];
                }

                var precision = (1 / _biasSpread) + (n * Precision[r]);
                var mean = Precision[r] * numerator / precision;
                Bias[r] = random is null ? mean : random.NextGaussian(mean, Math.Sqrt(1 / precision));
                _biasVariance[r] = 1 / precision;
                var ss = 0.0;
                for (var j = _revStart[r]; j < _revStart[r + 1]; j++)
                {
                    var i = _revOrder[j];
                    var at = (_obsSub[i] * k) + _obsCrit[i];
                    var e = _obsVal[i] - Score[at] - Bias[r];
                    ss += e * e;
                    if (random is null)
                    {
                        ss += ScoreVariance[at] + _biasVariance[r];
                    }
                }

                Precision[r] = random is null
                    ? (_alpha + (n / 2.0)) / (_beta + (ss / 2))
                    : random.NextGamma(_alpha + (n / 2.0), _beta + (ss / 2));
                residualTotal += ss;
                observations += n;
            }

            return (residualTotal, observations);
        }

        /// <summary>μ and Σ from the current scores (plus their posterior variances in EM).</summary>
        private void UpdateCovariance(bool includeVariance)
        {
            var k = _criteria;
            var active = 0;
            Array.Clear(_mu);
            for (var s = 0; s < _t.SubmissionCount; s++)
            {
                if (_active[s])
                {
                    active++;
                    for (var c = 0; c < k; c++)
                    {
                        _mu[c] += Score[(s * k) + c];
                    }
                }
            }

            if (active == 0)
            {
                return;
            }

            for (var c = 0; c < k; c++)
            {
                _mu[c] /= active;
            }

            Array.Clear(_sigma);
            for (var s = 0; s < _t.SubmissionCount; s++)
            {
                if (!_active[s])
                {
                    continue;
                }

                for (var a = 0; a < k; a++)
                {
                    var da = Score[(s * k) + a] - _mu[a];
                    for (var b = 0; b < k; b++)
                    {
                        _sigma[(a * k) + b] += da * (Score[(s * k) + b] - _mu[b]);
                    }

                    if (includeVariance)
                    {
                        _sigma[(a * k) + a] += ScoreVariance[(s * k) + a];
                    }
                }
            }

            for (var i = 0; i < _sigma.Length; i++)
            {
                _sigma[i] /= active;
            }

            for (var c = 0; c < k; c++)
            {
                _sigma[(c * k) + c] = Math.Max(_sigma[(c * k) + c], 1e-4) + Floor;
            }

            SmallMatrix.Invert(_sigma, k, _sigmaInverse);
        }
    }
}
