namespace PeerLearning.Assessment.Aggregation;

/// <summary>Dense symmetric positive-definite matrices of rubric size (a handful of criteria), row-major in a flat array.</summary>
internal static class SmallMatrix
{
    /// <summary>In-place Cholesky factor L (lower) of a; returns false when a is not positive definite.</summary>
    public static bool Cholesky(Span<double> a, int n)
    {
        for (var j = 0; j < n; j++)
        {
            var d = a[(j * n) + j];
            for (var k = 0; k < j; k++)
            {
                d -= a[(j * n) + k] * a[(j * n) + k];
            }

            if (d <= 0)
            {
                return false;
            }

            d = Math.Sqrt(d);
            a[(j * n) + j] = d;
            for (var i = j + 1; i < n; i++)
            {
                var s = a[(i * n) + j];
                for (var k = 0; k < j; k++)
                {
                    s -= a[(i * n) + k] * a[(j * n) + k];
                }

                a[(i * n) + j] = s / d;
            }

            for (var i = 0; i < j; i++)
            {
                a[(i * n) + j] = 0;
            }
        }

        return true;
    }

    /// <summary>Solves L Lᵀ x = b in place, given the Cholesky factor L.</summary>
    public static void Solve(ReadOnlySpan<double> l, int n, Span<double> b)
    {
        for (var i = 0; i < n; i++)
        {
            var s = b[i];
            for (var k = 0; k < i; k++)
            {
                s -= l[(i * n) + k] * b[k];
            }

            b[i] = s / l[(i * n) + i];
        }

        for (var i = n - 1; i >= 0; i--)
        {
            var s = b[i];
            for (var k = i + 1; k < n; k++)
            {
                s -= l[(k * n) + i] * b[k];
            }

            b[i] = s / l[(i * n) + i];
        }
    }

    /// <summary>The inverse of a symmetric positive-definite matrix (ridge added until it factors).</summary>
    public static void Invert(ReadOnlySpan<double> a, int n, Span<double> inverse)
    {
        Span<double> l = stackalloc double[n * n];
        Span<double> column = stackalloc double[n];
        var ridge = 0.0;
        while (true)
        {
            a.CopyTo(l);
            for (var i = 0; i < n; i++)
            {
                l[(i * n) + i] += ridge;
            }

            if (Cholesky(l, n))
            {
                break;
            }

            ridge = ridge == 0 ? 1e-10 : ridge * 10;
        }

        for (var j = 0; j < n; j++)
        {
            column.Clear();
            column[j] = 1;
            Solve(l, n, column);
            for (var i = 0; i < n; i++)
            {
                inverse[(i * n) + j] = column[i];
            }
        }
    }

    /// <summary>M = L⁻¹ (lower triangular) from the Cholesky factor L; the upper part of M is left as is.</summary>
    private static void InvertLower(ReadOnlySpan<double> l, int n, Span<double> m)
    {
        for (var j = 0; j < n; j++)
        {
            m[(j * n) + j] = 1 / l[(j * n) + j];
            for (var i = j + 1; i < n; i++)
            {
                var sum = 0.0;
                for (var p = j; p < i; p++)
                {
                    sum += l[(i * n) + p] * m[(p * n) + j];
                }

                m[(i * n) + j] = -sum / l[(i * n) + i];
            }
        }
    }

    /// <summary>The full (L Lᵀ)⁻¹ given the Cholesky factor L, row-major into <paramref name="inverse"/>; <paramref name="scratch"/> holds n × n.</summary>
    public static void InvertFactored(ReadOnlySpan<double> l, int n, Span<double> scratch, Span<double> inverse)
    {
        InvertLower(l, n, scratch);
        for (var a = 0; a < n; a++)
        {
            for (var b = a; b < n; b++)
            {
                var sum = 0.0;
                for (var p = b; p < n; p++)
                {
                    sum += scratch[(p * n) + a] * scratch[(p * n) + b];
                }

                inverse[(a * n) + b] = sum;
                inverse[(b * n) + a] = sum;
            }
        }
    }

    /// <summary>
    /// The EM step for one submission in one pass: factors the precision a = L Lᵀ in place (lower part), solves
    /// a x = b in place and writes the diagonal of a⁻¹, with one division per row. False when a is not positive definite.
    /// </summary>
    public static bool FactorSolveAndInverseDiagonal(Span<double> a, int n, Span<double> b, Span<double> diagonal, Span<double> scratch)
    {
        var reciprocal = scratch[..n];
        var m = scratch.Slice(n, n * n);
        for (var j = 0; j < n; j++)
        {
            var row = a.Slice(j * n, n);
            var d = row[j];
            for (var k = 0; k < j; k++)
            {
                d -= row[k] * row[k];
            }

            if (d <= 0)
            {
                return false;
            }

            var diag = Math.Sqrt(d);
            row[j] = diag;
            reciprocal[j] = 1 / diag;
            for (var i = j + 1; i < n; i++)
            {
                var other = a.Slice(i * n, n);
                var sum = other[j];
                for (var k = 0; k < j; k++)
                {
                    sum -= other[k] * row[k];
                }

                other[j] = sum * reciprocal[j];
            }
        }

        // L y = b, then Lᵀ x = y.
        for (var i = 0; i < n; i++)
        {
            var row = a.Slice(i * n, n);
            var sum = b[i];
            for (var k = 0; k < i; k++)
            {
                sum -= row[k] * b[k];
            }

            b[i] = sum * reciprocal[i];
        }

        for (var i = n - 1; i >= 0; i--)
        {
            var sum = b[i];
            for (var k = i + 1; k < n; k++)
            {
                sum -= a[(k * n) + i] * b[k];
            }

            b[i] = sum * reciprocal[i];
        }

        // M = L⁻¹ (lower), then diag(a⁻¹)ₐ = Σₚ M[p, a]².
        for (var j = 0; j < n; j++)
        {
            m[(j * n) + j] = reciprocal[j];
            for (var i = j + 1; i < n; i++)
            {
                var row = a.Slice(i * n, n);
                var sum = 0.0;
                for (var p = j; p < i; p++)
                {
                    sum += row[p] * m[(p * n) + j];
                }

                m[(i * n) + j] = -sum * reciprocal[i];
            }
        }

        for (var c = 0; c < n; c++)
        {
            var sum = 0.0;
            for (var p = c; p < n; p++)
            {
                sum += m[(p * n) + c] * m[(p * n) + c];
            }

            diagonal[c] = sum;
        }

        return true;
    }
}
