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
/// <remarks>
/// EM alternates the scores' posterior with the reviewers' and re-centres the biases after each step (moving every
/// score and bias by the same amount leaves the likelihood unchanged; the bias prior fixes the level at mean bias 0,
/// which plain EM approaches only slowly). It stops when the scores move by less than the tolerance.
/// The reported uncertainty of an EM fit is the posterior covariance of the submission's criteria with each
/// reviewer's bias integrated out (its uncertainty estimated from the reviewer's other reviews and the uncertainty of
/// the scores those rest on) and the noise variance at its posterior mean E[1/τᵣ], not 1/E[τᵣ].
/// </remarks>
internal sealed class Pg1Aggregator(bool gibbs) : PerCriterionAggregator
{
    private const double Floor = 1e-6;
    private const double Tolerance = 1e-4;

    /// <summary>
    /// Over-relaxation of the EM steps for scores and biases (successive over-relaxation of a two-block system). The
    /// fixed points are EM's; along directions the data barely pin down (a group of reviewers and the submissions they
    /// share moving together) plain EM contracts by about 0.9 per iteration, relaxed by about ω − 1.
    /// </summary>
    private const double Relaxation = 1.6;
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
        var k = t.Criteria;
        var observed = new bool[k];
        for (var s = 0; s < t.SubmissionCount; s++)
        {
            Array.Clear(observed);
            for (var i = t.PeerReviewStart[s]; i < t.PeerReviewStart[s + 1]; i++)
            {
                for (var c = 0; c < k; c++)
                {
                    observed[c] |= !double.IsNaN(t.PeerScaled[(i * k) + c]);
                }
            }

            for (var c = 0; c < k; c++)
            {
                if (observed[c])
                {
                    fit.Value[c][s] = model.Score[(s * k) + c];
                    fit.StandardError[c][s] = Math.Sqrt(gibbs ? model.Covariance[(((s * k) + c) * k) + c] : model.ScoreVariance[(s * k) + c]);
                }
            }
        }

        var meanPrecision = 0.0;
        var withObservations = 0;
        for (var r = 0; r < t.ReviewerCount; r++)
        {
            if (model.ReviewerObservations[r] > 0)
            {
                meanPrecision += model.Precision[r];
                withObservations++;
            }
        }

        meanPrecision = withObservations > 0 ? meanPrecision / withObservations : 1;
        var estimates = new ReviewerEstimate[t.ReviewerCount];
        for (var r = 0; r < estimates.Length; r++)
        {
            var any = model.ReviewerObservations[r] > 0;
            estimates[r] = new ReviewerEstimate
            {
                ReviewerId = t.ReviewerIds[r],
                ReviewCount = t.ReviewsPerReviewer[r],
                Bias = any ? 100 * model.Bias[r] : null,
                NoiseStandardDeviation = any ? 100 / Math.Sqrt(model.Precision[r]) : null,
                Weight = any ? model.Precision[r] / meanPrecision : null,
            };
        }

        return fit with { Reviewers = estimates };
    }

    /// <summary>
    /// The model's state. Scores are stored submission-major (s * criteria + c); observations are the table's peer
    /// reviews (review-major values, NaN where a criterion was not scored), grouped by submission and, through a
    /// permutation, by reviewer.
    /// </summary>
    private sealed class Model
    {
        private readonly int _k;
        private readonly int _n;
        private readonly double _alpha;
        private readonly int[] _subStart;
        private readonly int[] _reviewSub;
        private readonly int[] _reviewRev;
        private readonly int[] _reviewObservations;
        private readonly double[] _value;
        private readonly int[] _revStart;
        private readonly int[] _revReviews;
        private readonly bool[] _active;
        private readonly double[] _reviewStatistics;
        private readonly double[] _biasVariance;
        private readonly double[] _mu;
        private readonly double[] _sigma;
        private readonly double[] _sigmaInverse;
        private double _biasSpread;
        private double _beta;
        private double _relax = 1;

        public Model(ReviewTable t, AggregationOptions options)
        {
            _k = t.Criteria;
            _n = t.SubmissionCount;
            _alpha = options.Pg1ReliabilityPriorShape;
            var k = _k;
            var reviewers = t.ReviewerCount;
            _subStart = t.PeerReviewStart;
            _reviewSub = t.PeerReviewSubmission;
            _reviewRev = t.PeerReviewReviewer;
            _value = t.PeerScaled;
            var reviews = _reviewSub.Length;
            Score = new double[_n * k];
            ScoreVariance = new double[_n * k];
            Covariance = new double[_n * k * k];
            Bias = new double[reviewers];
            _biasVariance = new double[reviewers];
            Precision = new double[reviewers];
            ReviewerObservations = new int[reviewers];
            _reviewObservations = new int[reviews];
            _reviewStatistics = new double[reviews * 3];
            _revStart = new int[reviewers + 1];
            for (var i = 0; i < reviews; i++)
            {
                var count = 0;
                for (var c = 0; c < k; c++)
                {
                    count += double.IsNaN(_value[(i * k) + c]) ? 0 : 1;
                }

                _reviewObservations[i] = count;
                ReviewerObservations[_reviewRev[i]] += count;
                _revStart[_reviewRev[i] + 1]++;
            }

            for (var r = 0; r < reviewers; r++)
            {
                _revStart[r + 1] += _revStart[r];
            }

            var fill = (int[])_revStart.Clone();
            _revReviews = new int[reviews];
            for (var i = 0; i < reviews; i++)
            {
                _revReviews[fill[_reviewRev[i]]++] = i;
            }

            _active = new bool[_n];
            _mu = new double[k];
            _sigma = new double[k * k];
            _sigmaInverse = new double[k * k];

            // Start from the plain means; the noise from the pooled within-submission variance per criterion.
            var within = 0.0;
            var counted = new int[k];
            var observed = new bool[_n * k];
            for (var c = 0; c < k; c++)
            {
                double pooledSquares = 0;
                var df = 0;
                for (var s = 0; s < _n; s++)
                {
                    double sum = 0;
                    var count = 0;
                    for (var i = _subStart[s]; i < _subStart[s + 1]; i++)
                    {
                        var x = _value[(i * k) + c];
                        if (!double.IsNaN(x))
                        {
                            sum += x;
                            count++;
                        }
                    }

                    if (count == 0)
                    {
                        continue;
                    }

                    var mean = sum / count;
                    var squares = 0.0;
                    for (var i = _subStart[s]; i < _subStart[s + 1]; i++)
                    {
                        var x = _value[(i * k) + c];
                        if (!double.IsNaN(x))
                        {
                            squares += (x - mean) * (x - mean);
                        }
                    }

                    if (count >= 2)
                    {
                        pooledSquares += squares;
                        df += count - 1;
                    }

                    Score[(s * k) + c] = mean;
                    observed[(s * k) + c] = true;
                    _active[s] = true;
                    _mu[c] += mean;
                    counted[c]++;
                }

                within += (df > 0 ? Math.Max(pooledSquares / df, 1e-6) : 1.0 / 16) / k;
            }

            for (var c = 0; c < k; c++)
            {
                _mu[c] = counted[c] > 0 ? _mu[c] / counted[c] : 0.5;
            }

            for (var s = 0; s < _n; s++)
            {
                for (var c = 0; c < k; c++)
                {
                    if (!observed[(s * k) + c])
                    {
                        Score[(s * k) + c] = _mu[c];
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

        /// <summary>The diagonal of each submission's posterior covariance during fitting.</summary>
        public double[] ScoreVariance { get; }

        /// <summary>Each submission's posterior covariance of its criteria (s * k * k + a * k + b), filled at the end.</summary>
        public double[] Covariance { get; }

        public double[] Bias { get; }

        public double[] Precision { get; }

        public int[] ReviewerObservations { get; }

        private bool Parallel => _n >= ParallelThreshold;

        public void FitExpectationMaximization(int maxIterations)
        {
            var previous = double.PositiveInfinity;
            var relaxed = true;
            for (var iteration = 0; iteration < maxIterations; iteration++)
            {
                // The first step is plain EM (the hyper-parameters move most there); relaxation is dropped for good if
                // the steps ever grow after that.
                _relax = iteration > 0 && relaxed ? Relaxation : 1;
                var change = UpdateScores(random: null);
                if (iteration > 2 && change > previous)
                {
                    relaxed = false;
                    _relax = 1;
                }

                previous = change;
                var residual = UpdateReviewers(random: null);
                CentreBiases();
                UpdateCovariance(includeVariance: true);
                var spread = 0.0;
                var withObservations = 0;
                for (var r = 0; r < Bias.Length; r++)
                {
                    if (ReviewerObservations[r] > 0)
                    {
                        spread += (Bias[r] * Bias[r]) + _biasVariance[r];
                        withObservations++;
                    }
                }

                _biasSpread = Math.Max(spread / Math.Max(withObservations, 1), Floor);
                _beta = _alpha * Math.Max(residual, Floor);
                if (change < Tolerance)
                {
                    break;
                }
            }
        }

        public void Sample(DeterministicRandom random, int burnIn, int samples)
        {
            var k = _k;
            var sum = new double[Score.Length];
            var products = new double[Covariance.Length];
            var biasSum = new double[Bias.Length];
            var precisionSum = new double[Precision.Length];
            for (var sweep = 0; sweep < burnIn + samples; sweep++)
            {
                UpdateScores(random);
                UpdateReviewers(random);
                if (sweep < burnIn)
                {
                    continue;
                }

                for (var s = 0; s < _n; s++)
                {
                    for (var a = 0; a < k; a++)
                    {
                        var x = Score[(s * k) + a];
                        sum[(s * k) + a] += x;
                        for (var b = 0; b < k; b++)
                        {
                            products[(((s * k) + a) * k) + b] += x * Score[(s * k) + b];
                        }
                    }
                }

                for (var r = 0; r < Bias.Length; r++)
                {
                    biasSum[r] += Bias[r];
                    precisionSum[r] += Precision[r];
                }
            }

            for (var i = 0; i < Score.Length; i++)
            {
                Score[i] = sum[i] / samples;
            }

            for (var s = 0; s < _n; s++)
            {
                for (var a = 0; a < k; a++)
                {
                    for (var b = 0; b < k; b++)
                    {
                        var at = (((s * k) + a) * k) + b;
                        Covariance[at] = (products[at] / samples) - (Score[(s * k) + a] * Score[(s * k) + b]);
                    }

                    Covariance[(((s * k) + a) * k) + a] = Math.Max(Covariance[(((s * k) + a) * k) + a], 0);
                }
            }

            for (var r = 0; r < Bias.Length; r++)
            {
                Bias[r] = biasSum[r] / samples;
                Precision[r] = precisionSum[r] / samples;
            }
        }

        /// <summary>
        /// The posterior covariance of every submission's criteria with each reviewer's bias integrated out: reviewer r's
        /// scores of one submission share the error of the bias estimate from r's other reviews (variance wᵣ), so their
        /// covariance is wᵣ11ᵀ + I/τᵣ, whose inverse (Sherman–Morrison) adds τᵣI − τᵣ²wᵣ/(1 + mτᵣwᵣ)·11ᵀ to the
        /// precision. wᵣ depends on the scores' uncertainty in turn: two refinements from the EM fit.
        /// </summary>
        public void ComputeUncertainty()
        {
            var reviews = _reviewSub.Length;
            var reviewShared = new double[reviews];
            var reviewerShared = new double[Bias.Length];
            var noise = new double[Bias.Length];
            for (var r = 0; r < Bias.Length; r++)
            {
                // E[1/τ] under the Gamma posterior (shape α + n/2): the EM precision times (shape − 1)/shape.
                var shape = _alpha + (ReviewerObservations[r] / 2.0);
                noise[r] = Precision[r] * Math.Max(shape - 1, 0.5) / shape;
            }

            // First pass: the covariance given the reviewers (as in EM), to start the bias uncertainty from.
            Run((from, to) => Covariances(from, to, null, null, noise, reviewShared));
            for (var refinement = 0; refinement < 2; refinement++)
            {
                Array.Clear(reviewerShared);
                for (var i = 0; i < reviews; i++)
                {
                    reviewerShared[_reviewRev[i]] += reviewShared[i];
                }

                Run((from, to) => Covariances(from, to, reviewerShared, reviewShared, noise, reviewShared));
            }
        }

        private void Run(Func<int, int, double> body)
        {
            if (Parallel)
            {
                var n = _n;
                System.Threading.Tasks.Parallel.For(0, Chunks, chunk => body((int)((long)n * chunk / Chunks), (int)((long)n * (chunk + 1) / Chunks)));
            }
            else
            {
                body(0, _n);
            }
        }

        /// <summary>
        /// Fills the posterior covariance of submissions from..to-1; with the reviewers' shared score variance
        /// (Σ over their reviews of 1ᵀV1) the bias is integrated out. Writes each review's 1ᵀV1 over the criteria it scored.
        /// </summary>
        private double Covariances(int from, int to, double[]? reviewerShared, double[]? previousShared, double[] noise, double[] reviewShared)
        {
            var k = _k;
            Span<double> precision = stackalloc double[k * k];
            Span<double> inverse = stackalloc double[k * k];
            for (var s = from; s < to; s++)
            {
                var cov = Covariance.AsSpan(s * k * k, k * k);
                if (!_active[s])
                {
                    _sigma.CopyTo(cov);
                    continue;
                }

                _sigmaInverse.CopyTo(precision);
                for (var i = _subStart[s]; i < _subStart[s + 1]; i++)
                {
                    var r = _reviewRev[i];
                    var tau = noise[r];
                    var m = _reviewObservations[i];
                    var row = _value.AsSpan(i * k, k);
                    for (var c = 0; c < k; c++)
                    {
                        if (!double.IsNaN(row[c]))
                        {
                            precision[(c * k) + c] += tau;
                        }
                    }

                    if (reviewerShared is null || previousShared is null || m == 0)
                    {
                        continue;
                    }

                    // The bias estimate from r's other reviews: its own variance plus the scores' uncertainty it carries.
                    var others = ReviewerObservations[r] - m;
                    var biasPrecision = (1 / _biasSpread) + (others * Precision[r]);
                    var gain = Precision[r] / biasPrecision;
                    var w = (1 / biasPrecision) + (gain * gain * Math.Max(reviewerShared[r] - previousShared[i], 0));
                    var shared = tau * tau * w / (1 + (m * tau * w));
                    for (var a = 0; a < k; a++)
                    {
                        if (double.IsNaN(row[a]))
                        {
                            continue;
                        }

                        for (var b = 0; b < k; b++)
                        {
                            if (!double.IsNaN(row[b]))
                            {
                                precision[(a * k) + b] -= shared;
                            }
                        }
                    }
                }

                if (!SmallMatrix.Cholesky(precision, k))
                {
                    _sigma.CopyTo(cov);
                    continue;
                }

                SmallMatrix.InvertFactored(precision, k, inverse, cov);
                for (var i = _subStart[s]; i < _subStart[s + 1]; i++)
                {
                    var row = _value.AsSpan(i * k, k);
                    var total = 0.0;
                    for (var a = 0; a < k; a++)
                    {
                        if (double.IsNaN(row[a]))
                        {
                            continue;
                        }

                        for (var b = 0; b < k; b++)
                        {
                            if (!double.IsNaN(row[b]))
                            {
                                total += cov[(a * k) + b];
                            }
                        }
                    }

                    reviewShared[i] = total;
                }
            }

            return 0;
        }

        /// <summary>Updates every submission's scores; returns the root-mean-square change. EM runs in fixed chunks in parallel (same result on any number of cores).</summary>
        private double UpdateScores(DeterministicRandom? random)
        {
            var k = _k;
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

            double squares;
            if (random is null && Parallel)
            {
                var partial = new double[Chunks];
                var n = _n;
                System.Threading.Tasks.Parallel.For(0, Chunks, chunk => partial[chunk] = UpdateScores((int)((long)n * chunk / Chunks), (int)((long)n * (chunk + 1) / Chunks), prior, null));
                squares = 0;
                foreach (var p in partial)
                {
                    squares += p;
                }
            }
            else
            {
                squares = UpdateScores(0, _n, prior, random);
            }

            return Math.Sqrt(squares / Math.Max(1, _n * k));
        }

        private double UpdateScores(int from, int to, double[] prior, DeterministicRandom? random)
        {
            var k = _k;
            Span<double> precision = stackalloc double[k * k];
            Span<double> inverse = stackalloc double[k * k];
            Span<double> h = stackalloc double[k];
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
                    var r = _reviewRev[i];
                    var tau = Precision[r];
                    var bias = Bias[r];
                    var row = _value.AsSpan(i * k, k);
                    for (var c = 0; c < k; c++)
                    {
                        var x = row[c];
                        if (!double.IsNaN(x))
                        {
                            precision[(c * k) + c] += tau;
                            h[c] += tau * (x - bias);
                        }
                    }
                }

                // A matrix that does not factor (degenerate input) leaves the submission's scores where they are.
                if (SmallMatrix.Cholesky(precision, k))
                {
                    SmallMatrix.Solve(precision, k, h);
                    if (random is null)
                    {
                        SmallMatrix.InverseDiagonal(precision, k, inverse, ScoreVariance.AsSpan(s * k, k));
                    }
                    else
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
                        var delta = (random is null ? _relax : 1) * (h[c] - Score[(s * k) + c]);
                        change += delta * delta;
                        Score[(s * k) + c] += delta;
                    }
                }

                // What the reviewers' step needs from this submission, per review: Σe, Σe² (e = x − s) and Σ Var(s)
                // over the criteria it scored. Written here, where the review's row is at hand.
                var score = Score.AsSpan(s * k, k);
                var variance = ScoreVariance.AsSpan(s * k, k);
                for (var i = _subStart[s]; i < _subStart[s + 1]; i++)
                {
                    var row = _value.AsSpan(i * k, k);
                    double sumE = 0, sumE2 = 0, sumVariance = 0;
                    for (var c = 0; c < k; c++)
                    {
                        var x = row[c];
                        if (!double.IsNaN(x))
                        {
                            var e = x - score[c];
                            sumE += e;
                            sumE2 += e * e;
                            sumVariance += variance[c];
                        }
                    }

                    _reviewStatistics[3 * i] = sumE;
                    _reviewStatistics[(3 * i) + 1] = sumE2;
                    _reviewStatistics[(3 * i) + 2] = sumVariance;
                }
            }

            return change;
        }

        /// <summary>Each reviewer's bias and reliability given the scores (posterior means, or draws when sampling); returns the mean squared residual.</summary>
        private double UpdateReviewers(DeterministicRandom? random)
        {
            var reviewers = Bias.Length;
            double residualTotal = 0;
            long observations = 0;
            if (random is null && Parallel)
            {
                var partial = new (double Residual, long Observations)[Chunks];
                System.Threading.Tasks.Parallel.For(0, Chunks, chunk => partial[chunk] = UpdateReviewers((int)((long)reviewers * chunk / Chunks), (int)((long)reviewers * (chunk + 1) / Chunks), null));
                foreach (var (residual, count) in partial)
                {
                    residualTotal += residual;
                    observations += count;
                }
            }
            else
            {
                (residualTotal, observations) = UpdateReviewers(0, reviewers, random);
            }

            return observations > 0 ? residualTotal / observations : Floor;
        }

        private (double Residual, long Observations) UpdateReviewers(int from, int to, DeterministicRandom? random)
        {
            double residualTotal = 0;
            long observations = 0;
            for (var r = from; r < to; r++)
            {
                var n = ReviewerObservations[r];
                if (n == 0)
                {
                    continue;
                }

                // Σe, Σe² and the scores' variance over the reviewer's observations, e = x − s, from the scores' step.
                double sumE = 0, sumE2 = 0, sumVariance = 0;
                for (var j = _revStart[r]; j < _revStart[r + 1]; j++)
                {
                    var i = _revReviews[j];
                    sumE += _reviewStatistics[3 * i];
                    sumE2 += _reviewStatistics[(3 * i) + 1];
                    sumVariance += _reviewStatistics[(3 * i) + 2];
                }

                var precision = (1 / _biasSpread) + (n * Precision[r]);
                var mean = Precision[r] * sumE / precision;
                var bias = random is null ? Bias[r] + (_relax * (mean - Bias[r])) : random.NextGaussian(mean, Math.Sqrt(1 / precision));
                Bias[r] = bias;
                _biasVariance[r] = 1 / precision;

                // Σ(e − b)² = Σe² − 2bΣe + nb², plus the posterior variances of the scores and the bias in EM.
                var ss = Math.Max(sumE2 - (2 * bias * sumE) + (n * bias * bias), 0);
                if (random is null)
                {
                    ss += sumVariance + (n * _biasVariance[r]);
                }

                Precision[r] = random is null
                    ? (_alpha + (n / 2.0)) / (_beta + (ss / 2))
                    : random.NextGamma(_alpha + (n / 2.0), _beta + (ss / 2));
                residualTotal += ss;
                observations += n;
            }

            return (residualTotal, observations);
        }

        /// <summary>
        /// Moves every bias by minus their mean and every score up by it: the likelihood is unchanged and the bias prior's
        /// term is maximal, so this is an exact EM-ascent step along the direction plain EM is slowest in.
        /// </summary>
        private void CentreBiases()
        {
            var sum = 0.0;
            var count = 0;
            for (var r = 0; r < Bias.Length; r++)
            {
                if (ReviewerObservations[r] > 0)
                {
                    sum += Bias[r];
                    count++;
                }
            }

            if (count == 0)
            {
                return;
            }

            var shift = sum / count;
            for (var r = 0; r < Bias.Length; r++)
            {
                if (ReviewerObservations[r] > 0)
                {
                    Bias[r] -= shift;
                }
            }

            var k = _k;
            for (var s = 0; s < _n; s++)
            {
                if (_active[s])
                {
                    for (var c = 0; c < k; c++)
                    {
                        Score[(s * k) + c] += shift;
                    }
                }
            }
        }

        /// <summary>μ and Σ from the current scores (plus their posterior variances in EM).</summary>
        private void UpdateCovariance(bool includeVariance)
        {
            var k = _k;
            var active = 0;
            Array.Clear(_mu);
            for (var s = 0; s < _n; s++)
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
            for (var s = 0; s < _n; s++)
            {
                if (!_active[s])
                {
                    continue;
                }

                for (var a = 0; a < k; a++)
                {
                    var da = Score[(s * k) + a] - _mu[a];
                    for (var b = a; b < k; b++)
                    {
                        _sigma[(a * k) + b] += da * (Score[(s * k) + b] - _mu[b]);
                    }

                    if (includeVariance)
                    {
                        _sigma[(a * k) + a] += ScoreVariance[(s * k) + a];
                    }
                }
            }

            for (var a = 0; a < k; a++)
            {
                for (var b = a; b < k; b++)
                {
                    _sigma[(a * k) + b] /= active;
                    _sigma[(b * k) + a] = _sigma[(a * k) + b];
                }
            }

            for (var c = 0; c < k; c++)
            {
                _sigma[(c * k) + c] = Math.Max(_sigma[(c * k) + c], 1e-4) + Floor;
            }

            SmallMatrix.Invert(_sigma, k, _sigmaInverse);
        }
    }
}
