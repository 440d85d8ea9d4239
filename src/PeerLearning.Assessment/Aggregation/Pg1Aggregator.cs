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
/// EM alternates the scores' posterior with the reviewers', over-relaxed (see <see cref="Relaxation"/>), and re-centres
/// the biases after each step; it stops when the scores move by less than the tolerance. Two departures from the plain
/// model, both for data that real reviews have: a score at either end of the scale counts as "at least that far out"
/// (its expected value beyond the end, a censored observation), and flat raters (one score for everything) do not count.
/// The reported uncertainty is the posterior covariance of the submission's criteria with each reviewer's bias error and
/// per-review halo integrated out (see ComputeUncertainty); the grade's standard error uses the full covariance, since a
/// reviewer's bias moves every criterion at once. On the simulator's default rounds about 90% of true grades fall within
/// ±1.96 standard errors (95% is the target; the rest is misfit the model does not know about).
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
        else
        {
            model.ComputeUncertainty();
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
                    fit.StandardError[c][s] = Math.Sqrt(model.Covariance[(((s * k) + c) * k) + c]);
                }
            }
        }

        var meanPrecision = 0.0;
        var withObservations = 0;
        for (var r = 0; r < t.ReviewerCount; r++)
        {
            if (model.ReviewerObservations[r] > 0 && !model.Flat[r])
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
            var counts = any && !model.Flat[r];
            estimates[r] = new ReviewerEstimate
            {
                ReviewerId = t.ReviewerIds[r],
                ReviewCount = t.ReviewsPerReviewer[r],
                Bias = any ? 100 * model.Bias[r] : null,
                NoiseStandardDeviation = any ? 100 / Math.Sqrt(model.Precision[r]) : null,
                Weight = any ? (counts ? model.Precision[r] / meanPrecision : 0) : null,
            };
        }

        return fit with { Reviewers = estimates, Covariance = model.Covariance };
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
        private readonly bool[] _censored;
        private readonly double[] _latent;
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
            _censored = new bool[reviews];
            _latent = (double[])_value.Clone();
            _revStart = new int[reviewers + 1];
            for (var i = 0; i < reviews; i++)
            {
                var count = 0;
                for (var c = 0; c < k; c++)
                {
                    count += double.IsNaN(_value[(i * k) + c]) ? 0 : 1;
                }

                _reviewObservations[i] = count;
                for (var c = 0; c < k; c++)
                {
                    _censored[i] |= _value[(i * k) + c] is <= 0 or >= 1;
                }

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

            Flat = FindFlatRaters();

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

        /// <summary>
        /// Reviewers who gave one and the same score to everything (at least three reviews): their scores carry no
        /// information about the work, and flat raters agreeing with each other would otherwise look the most reliable
        /// of all. They do not count toward scores (unless no reviewer with three reviews varied); their bias is still estimated.
        /// </summary>
        public bool[] Flat { get; }

        /// <summary>
        /// A score at either end of the scale stands for a judgement at least that far out (the scale cut it off): its
        /// expected value given the current score, bias and noise. Scores inside the scale are themselves.
        /// </summary>
        private static double Latent(double x, double score, double bias, double tau)
        {
            if (x is > 0 and < 1 || !(tau > 0))
            {
                return x;
            }

            return TruncatedNormal.Mean(score + bias, 1 / Math.Sqrt(tau), x >= 1 ? 1 : 0, upper: x >= 1);
        }

        /// <summary>The review's scores with those at an end of the scale replaced by their expected values (see <see cref="Latent"/>).</summary>
        private ReadOnlySpan<double> Observed(int i, ReadOnlySpan<double> score, double bias, double tau)
        {
            var k = _k;
            if (!_censored[i])
            {
                return _value.AsSpan(i * k, k);
            }

            for (var c = 0; c < k; c++)
            {
                var x = _value[(i * k) + c];
                _latent[(i * k) + c] = double.IsNaN(x) ? x : Latent(x, score[c], bias, tau);
            }

            return _latent.AsSpan(i * k, k);
        }

        /// <summary>The review's scores as last observed by <see cref="Observed"/>.</summary>
        private ReadOnlySpan<double> LastObserved(int i) => (_censored[i] ? _latent : _value).AsSpan(i * _k, _k);

        private bool[] FindFlatRaters()
        {
            var k = _k;
            var reviewers = Bias.Length;
            var flat = new bool[reviewers];
            var informative = false;
            for (var r = 0; r < reviewers; r++)
            {
                var first = double.NaN;
                var same = _revStart[r + 1] - _revStart[r] >= 3;
                for (var j = _revStart[r]; j < _revStart[r + 1] && same; j++)
                {
                    var row = _value.AsSpan(_revReviews[j] * k, k);
                    foreach (var x in row)
                    {
                        if (double.IsNaN(x))
                        {
                            continue;
                        }

                        if (double.IsNaN(first))
                        {
                            first = x;
                        }
                        else if (x != first)
                        {
                            same = false;
                            break;
                        }
                    }
                }

                // Flat raters are set aside only when some reviewer with as many reviews did vary their scores.
                flat[r] = same && !double.IsNaN(first);
                informative |= !flat[r] && ReviewerObservations[r] > 0 && _revStart[r + 1] - _revStart[r] >= 3;
            }

            return informative ? flat : new bool[reviewers];
        }

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
                    if (ReviewerObservations[r] > 0 && !Flat[r])
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
        /// The final scores and their posterior covariance under an error model that PG1's fit leaves out: a reviewer's
        /// scores of one submission share errors. Two shared parts: the error of the reviewer's bias estimate (from the
        /// reviewer's other reviews, with the uncertainty of the scores it rests on; variance wᵣ) and a per-review
        /// "halo" (the reviewer's impression of the whole work, variance ψᵣ, estimated from how much more review means
        /// scatter than single criteria do). With noise variance 1/τᵣ for the rest, review i's errors have covariance
        /// (wᵣ + ψᵣ)11ᵀ + I/τᵣ, whose inverse τᵣI − τᵣ²ω/(1 + mτᵣω)·11ᵀ (ω = wᵣ + ψᵣ) enters the precision. wᵣ depends
        /// on the scores' uncertainty in turn: a first pass without it, then the final one (a second refinement moved coverage
        /// by 0.1 point). Reviewers with a large halo weigh less in the final scores.
        /// </summary>
        public void ComputeUncertainty()
        {
            var reviews = _reviewSub.Length;
            var reviewers = Bias.Length;
            var noise = new double[reviewers];
            var halo = new double[reviewers];
            DecomposeNoise(noise, halo);
            var reviewShared = new double[reviews];
            var reviewerShared = new double[reviewers];
            Run((from, to) => Covariances(from, to, noise, halo, reviewerShared: null, reviewShared, updateScores: false));
            for (var i = 0; i < reviews; i++)
            {
                reviewerShared[_reviewRev[i]] += reviewShared[i];
            }

            Run((from, to) => Covariances(from, to, noise, halo, reviewerShared, reviewShared, updateScores: true));
        }

        /// <summary>
        /// Splits each reviewer's residuals (x − s − b) into the part a review shares across criteria (ψᵣ) and the rest
        /// (1/τᵣ), each with a prior from all reviewers (Gamma on the precision as in the fit; ψ pulled toward the
        /// pooled value by two pseudo-reviews). With one criterion nothing can be split: no halo, the fit's noise.
        /// </summary>
        private void DecomposeNoise(double[] noise, double[] halo)
        {
            var k = _k;
            var reviewers = Bias.Length;
            var within = new double[reviewers];
            var withinDf = new double[reviewers];
            var between = new double[reviewers];
            var betweenCount = new double[reviewers];
            var inverseCount = new double[reviewers];
            for (var i = 0; i < _reviewSub.Length; i++)
            {
                var m = _reviewObservations[i];
                var r = _reviewRev[i];
                if (m < 2 || Flat[r])
                {
                    continue;
                }

                var row = Observed(i, Score.AsSpan(_reviewSub[i] * k, k), Bias[r], Precision[r]);
                var score = Score.AsSpan(_reviewSub[i] * k, k);
                var mean = 0.0;
                for (var c = 0; c < k; c++)
                {
                    if (!double.IsNaN(row[c]))
                    {
                        mean += row[c] - score[c] - Bias[r];
                    }
                }

                mean /= m;
                for (var c = 0; c < k; c++)
                {
                    if (!double.IsNaN(row[c]))
                    {
                        var d = row[c] - score[c] - Bias[r] - mean;
                        within[r] += d * d;
                    }
                }

                withinDf[r] += m - 1;
                between[r] += mean * mean;
                betweenCount[r]++;
                inverseCount[r] += 1.0 / m;
            }

            double pooledWithin = 0, pooledDf = 0;
            for (var r = 0; r < reviewers; r++)
            {
                pooledWithin += within[r];
                pooledDf += withinDf[r];
            }

            if (pooledDf == 0)
            {
                for (var r = 0; r < reviewers; r++)
                {
                    // E[1/τ] under the Gamma posterior (shape α + n/2): the fit's precision times (shape − 1)/shape.
                    var shape = _alpha + (ReviewerObservations[r] / 2.0);
                    noise[r] = Precision[r] * Math.Max(shape - 1, 0.5) / shape;
                }

                return;
            }

            var prior = _alpha * Math.Max(pooledWithin / pooledDf, Floor);
            double excess = 0, excessCount = 0;
            for (var r = 0; r < reviewers; r++)
            {
                var shape = _alpha + (withinDf[r] / 2);
                noise[r] = Math.Max(shape - 1, 0.5) / (prior + (within[r] / 2));
                excess += between[r] - (inverseCount[r] / noise[r]);
                excessCount += betweenCount[r];
            }

            var pooledHalo = excessCount > 0 ? Math.Max(excess / excessCount, 0) : 0;
            const double PseudoReviews = 2;
            for (var r = 0; r < reviewers; r++)
            {
                var own = between[r] - (inverseCount[r] / noise[r]);
                halo[r] = Math.Max((own + (PseudoReviews * pooledHalo)) / (betweenCount[r] + PseudoReviews), 0);
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
        /// The posterior covariance (and, when <paramref name="updateScores"/>, the mean) of submissions from..to-1 under
        /// the shared-error model. Without <paramref name="reviewerShared"/> the bias error is its variance given the
        /// scores; with it (Σ over the reviewer's reviews of 1ᵀV1), the scores' uncertainty is added, leaving out this
        /// submission's own review. Writes each review's 1ᵀV1 over the criteria it scored into
        /// <paramref name="reviewShared"/> (a review belongs to one submission, so it is read before it is overwritten).
        /// </summary>
        private double Covariances(int from, int to, double[] noise, double[] halo, double[]? reviewerShared, double[] reviewShared, bool updateScores)
        {
            var k = _k;
            Span<double> precision = stackalloc double[k * k];
            Span<double> inverse = stackalloc double[k * k];
            Span<double> h = stackalloc double[k];
            for (var s = from; s < to; s++)
            {
                var cov = Covariance.AsSpan(s * k * k, k * k);
                if (!_active[s])
                {
                    _sigma.CopyTo(cov);
                    continue;
                }

                _sigmaInverse.CopyTo(precision);
                for (var a = 0; a < k; a++)
                {
                    var sum = 0.0;
                    for (var b = 0; b < k; b++)
                    {
                        sum += _sigmaInverse[(a * k) + b] * _mu[b];
                    }

                    h[a] = sum;
                }

                for (var i = _subStart[s]; i < _subStart[s + 1]; i++)
                {
                    var r = _reviewRev[i];
                    var tau = noise[r];
                    var m = _reviewObservations[i];
                    if (m == 0 || Flat[r])
                    {
                        continue;
                    }

                    // The bias estimate from r's other reviews: its own variance plus the scores' uncertainty it carries.
                    var others = ReviewerObservations[r] - m;
                    var biasPrecision = (1 / _biasSpread) + (others * Precision[r]);
                    var gain = Precision[r] / biasPrecision;
                    var w = 1 / biasPrecision;
                    if (reviewerShared is not null)
                    {
                        w += gain * gain * Math.Max(reviewerShared[r] - reviewShared[i], 0);
                    }

                    var omega = w + halo[r];
                    var shared = tau * tau * omega / (1 + (m * tau * omega));
                    var row = Observed(i, Score.AsSpan(s * k, k), Bias[r], Precision[r]);
                    var total = 0.0;
                    for (var c = 0; c < k; c++)
                    {
                        if (!double.IsNaN(row[c]))
                        {
                            total += row[c] - Bias[r];
                        }
                    }

                    for (var a = 0; a < k; a++)
                    {
                        if (double.IsNaN(row[a]))
                        {
                            continue;
                        }

                        precision[(a * k) + a] += tau;
                        h[a] += (tau * (row[a] - Bias[r])) - (shared * total);
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
                if (updateScores)
                {
                    SmallMatrix.Solve(precision, k, h);
                    h.CopyTo(Score.AsSpan(s * k, k));
                }

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
            Span<double> scratch = stackalloc double[(k * k) + k];
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
                    var tau = Flat[r] ? 0 : Precision[r];
                    if (tau == 0)
                    {
                        continue;
                    }

                    var bias = Bias[r];
                    var row = _censored[i] ? Observed(i, Score.AsSpan(s * k, k), bias, tau) : _value.AsSpan(i * k, k);
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
                var factored = random is null
                    ? SmallMatrix.FactorSolveAndInverseDiagonal(precision, k, h, ScoreVariance.AsSpan(s * k, k), scratch)
                    : SmallMatrix.Cholesky(precision, k);
                if (factored)
                {
                    if (random is not null)
                    {
                        SmallMatrix.Solve(precision, k, h);
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
                    var row = LastObserved(i);
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
                if (!Flat[r])
                {
                    residualTotal += ss;
                    observations += n;
                }
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
                if (ReviewerObservations[r] > 0 && !Flat[r])
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
