using System.Globalization;
using System.Text;
using PeerLearning.Events;

namespace PeerLearning.Recognition;

/// <summary>
/// Looks for gaming in kudos: reciprocal pairs, givers concentrating on one receiver, closed three-person cycles,
/// duplicate or near-duplicate messages, and sudden rank jumps between two leaderboards. Findings are flags for a
/// reviewer; nothing is dropped. Deterministic: flags are sorted by detector, then people.
/// </summary>
public sealed class AntiGamingAnalyzer
{
    private readonly AntiGamingOptions _options;

    /// <summary>Creates the analyzer.</summary>
    /// <param name="options">The thresholds.</param>
    /// <exception cref="PeerLearningValidationException">The options are invalid.</exception>
    public AntiGamingAnalyzer(AntiGamingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        PeerLearningValidationException.ThrowIfAny(options.Validate());
        _options = options;
    }

    /// <summary>The thresholds.</summary>
    public AntiGamingOptions Options => _options;

    /// <summary>Runs the kudos detectors over the kudos in the window ending at <paramref name="now"/>.</summary>
    /// <param name="kudos">Kudos given (older ones are ignored).</param>
    /// <param name="now">The end of the window.</param>
    /// <returns>The flags.</returns>
    public IReadOnlyList<GamingFlag> Analyze(IEnumerable<KudosGiven> kudos, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(kudos);
        var start = now - _options.Window;
        var recent = kudos.Where(k => k.OccurredAt > start && k.OccurredAt <= now).ToList();
        var counts = new Dictionary<(string From, string To), int>();
        var points = new Dictionary<(string From, string To), long>();
        foreach (var k in recent)
        {
            foreach (var r in k.ReceiverIds.Distinct(StringComparer.Ordinal))
            {
                if (r == k.GiverId)
                {
                    continue;
                }

                counts[(k.GiverId, r)] = counts.GetValueOrDefault((k.GiverId, r)) + 1;
                points[(k.GiverId, r)] = points.GetValueOrDefault((k.GiverId, r)) + k.Points;
            }
        }

        var flags = new List<GamingFlag>();
        DetectReciprocity(counts, flags);
        DetectShare(points, flags);
        DetectCycles(counts, flags);
        DetectDuplicates(recent, flags);
        return [.. flags.OrderBy(f => f.Detector, StringComparer.Ordinal).ThenBy(f => string.Join(",", f.ParticipantIds), StringComparer.Ordinal)];
    }

    /// <summary>Flags people who climbed at least <see cref="AntiGamingOptions.MinRankJump"/> positions from one board to the next.</summary>
    /// <param name="previous">The earlier board.</param>
    /// <param name="current">The later board.</param>
    /// <returns>The flags, biggest jump first.</returns>
    public IReadOnlyList<GamingFlag> DetectRankJumps(Leaderboard previous, Leaderboard current)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);
        var before = previous.Rows.ToDictionary(r => r.ParticipantId, r => r.Rank, StringComparer.Ordinal);
        var flags = new List<GamingFlag>();
        foreach (var row in current.Rows)
        {
            if (before.TryGetValue(row.ParticipantId, out var was) && was - row.Rank >= _options.MinRankJump)
            {
                flags.Add(Flag(AntiGamingOptions.RankJump, [row.ParticipantId], $"{row.ParticipantId} climbed from rank {was} to rank {row.Rank}", was - row.Rank));
            }
        }

        return [.. flags.OrderByDescending(f => f.Value).ThenBy(f => f.ParticipantIds[0], StringComparer.Ordinal)];
    }

    /// <summary>Trigram Jaccard similarity of two messages after normalising case, punctuation and spacing (1 = same).</summary>
    /// <param name="a">One message.</param>
    /// <param name="b">The other.</param>
    /// <returns>The similarity in [0, 1].</returns>
    public static double Similarity(string a, string b)
    {
        var x = Trigrams(Normalize(a));
        var y = Trigrams(Normalize(b));
        if (x.Count == 0 && y.Count == 0)
        {
            return 1;
        }

        var shared = x.Count(y.Contains);
        return (double)shared / (x.Count + y.Count - shared);
    }

    private void DetectReciprocity(Dictionary<(string From, string To), int> counts, List<GamingFlag> flags)
    {
        foreach (var ((from, to), ab) in counts)
        {
            if (string.CompareOrdinal(from, to) >= 0 || !counts.TryGetValue((to, from), out var ba))
            {
                continue;
            }

            var ratio = (double)Math.Min(ab, ba) / Math.Max(ab, ba);
            if (ab + ba >= _options.MinPairKudos && ratio >= _options.ReciprocityRatio)
            {
                flags.Add(Flag(AntiGamingOptions.Reciprocity, [from, to], string.Create(CultureInfo.InvariantCulture, $"{from} and {to} thanked each other {ab} and {ba} times in {_options.Window.TotalDays:0.#} days (ratio {ratio:0.00})"), ratio));
            }
        }
    }

    private void DetectShare(Dictionary<(string From, string To), long> points, List<GamingFlag> flags)
    {
        foreach (var giver in points.GroupBy(p => p.Key.From))
        {
            var total = giver.Sum(p => p.Value);
            if (total < _options.MinPointsForShare || total <= 0)
            {
                continue;
            }

            foreach (var ((from, to), given) in giver)
            {
                var share = (double)given / total;
                if (share > _options.MaxShareToOneReceiver)
                {
                    flags.Add(Flag(AntiGamingOptions.AllowanceShare, [from, to], string.Create(CultureInfo.InvariantCulture, $"{from} gave {to} {given} of {total} points ({share:P0})"), share));
                }
            }
        }
    }

    private void DetectCycles(Dictionary<(string From, string To), int> counts, List<GamingFlag> flags)
    {
        var edges = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var ((from, to), n) in counts)
        {
            if (n < _options.MinCycleEdgeKudos)
            {
                continue;
            }

            if (!edges.TryGetValue(from, out var set))
            {
                edges[from] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.Add(to);
        }

        // Each directed triangle a -> b -> c -> a is reported once, rotated so that a is the smallest id.
        foreach (var (a, outA) in edges)
        {
            foreach (var b in outA)
            {
                if (string.CompareOrdinal(b, a) <= 0 || !edges.TryGetValue(b, out var outB))
                {
                    continue;
                }

                foreach (var c in outB)
                {
                    if (string.CompareOrdinal(c, a) > 0 && c != b && edges.TryGetValue(c, out var outC) && outC.Contains(a))
                    {
                        flags.Add(Flag(AntiGamingOptions.Cycle, [a, b, c], $"closed giving cycle {a} -> {b} -> {c} -> {a}", 3));
                    }
                }
            }
        }
    }

    private void DetectDuplicates(List<KudosGiven> recent, List<GamingFlag> flags)
    {
        foreach (var giver in recent.GroupBy(k => k.GiverId, StringComparer.Ordinal))
        {
            var messages = giver.OrderBy(k => k.OccurredAt).ThenBy(k => k.KudosId, StringComparer.Ordinal).Select(k => k.Message ?? string.Empty).ToList();
            var best = 0;
            for (var i = 0; i < messages.Count; i++)
            {
                var similar = 1;
                for (var j = 0; j < messages.Count; j++)
                {
                    if (i != j && Similarity(messages[i], messages[j]) >= _options.NearDuplicateSimilarity)
                    {
                        similar++;
                    }
                }

                best = Math.Max(best, similar);
            }

            if (best >= _options.MinDuplicateMessages)
            {
                flags.Add(Flag(AntiGamingOptions.DuplicateMessages, [giver.Key], $"{giver.Key} sent {best} kudos with the same or nearly the same message", best));
            }
        }
    }

    private GamingFlag Flag(string detector, string[] people, string reason, double value)
    {
        Array.Sort(people, StringComparer.Ordinal);
        return new GamingFlag(detector, people, reason, value, _options.AutoBlock.Contains(detector) ? KudosVerdict.Block : KudosVerdict.Flag);
    }

    private static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var ch in text.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(ch))
            {
                sb.Append(ch);
                space = false;
            }
            else if (!space && sb.Length > 0)
            {
                sb.Append(' ');
                space = true;
            }
        }

        return sb.ToString().TrimEnd();
    }

    private static HashSet<string> Trigrams(string text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        var padded = $"  {text} ";
        for (var i = 0; i + 3 <= padded.Length; i++)
        {
            set.Add(padded.Substring(i, 3));
        }

        return text.Length == 0 ? [] : set;
    }
}
