using System.Text.RegularExpressions;

namespace PeerLearning.Xapi;

/// <summary>Syntax checks for the value types xAPI uses: IRIs, mailto IRIs, SHA-1 and SHA-2 hex, language tags, media types, UUIDs.</summary>
public static partial class XapiSyntax
{
    /// <summary>True for an absolute IRI: a scheme, a colon, and no whitespace, controls or characters IRIs exclude.</summary>
    public static bool IsIri(string? value)
    {
        if (string.IsNullOrEmpty(value) || !char.IsAsciiLetter(value[0]))
        {
            return false;
        }

        var colon = -1;
        for (var i = 1; i < value.Length; i++)
        {
            var c = value[i];
            if (c == ':')
            {
                colon = i;
                break;
            }

            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'))
            {
                return false;
            }
        }

        if (colon < 0 || colon == value.Length - 1)
        {
            return false;
        }

        for (var i = colon + 1; i < value.Length; i++)
        {
            var c = value[i];
            if (c <= ' ' || c is '<' or '>' or '"' or '{' or '}' or '\\' or '^' or '`' || (c >= '\u007f' && c < '\u00a0'))
            {
                return false;
            }

            if (c == '%' && (i + 2 >= value.Length || !char.IsAsciiHexDigit(value[i + 1]) || !char.IsAsciiHexDigit(value[i + 2])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True for a <c>mailto:</c> IRI with one address (<c>mailto:name@host.tld</c>).</summary>
    public static bool IsMailto(string? value) => value is not null && Mailto().IsMatch(value);

    /// <summary>True for the 40 hex digits of a SHA-1 hash.</summary>
    public static bool IsSha1Hex(string? value) => value is { Length: 40 } && IsHex(value);

    /// <summary>True for the hex digits of a SHA-2 hash (224 to 512 bits).</summary>
    public static bool IsSha2Hex(string? value) => value is { Length: 56 or 64 or 96 or 128 } && IsHex(value);

    /// <summary>True for an RFC 5646 language tag.</summary>
    public static bool IsLanguageTag(string? value) => value is not null && LanguageTag().IsMatch(value);

    /// <summary>True for an Internet media type such as <c>text/plain; charset=utf-8</c>.</summary>
    public static bool IsMediaType(string? value) => value is not null && MediaType().IsMatch(value);

    /// <summary>True for an RFC 4122 (variant 1) UUID.</summary>
    public static bool IsRfc4122(Guid id)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes);
        return (bytes[8] & 0xC0) == 0x80;
    }

    private static bool IsHex(string value)
    {
        foreach (var c in value)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"^mailto:[A-Za-z0-9.`'_%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{1,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex Mailto();

    [GeneratedRegex(@"^(?:[a-z]{2,8}(?:-[a-z]{3}){0,3}(?:-[a-z]{4})?(?:-[a-z]{2}|-\d{3})?(?:-[a-z\d]{4,8})*(?:-[a-z\d](?:-[a-z\d]{1,8})+)*|x(?:-[a-z\d]{1,8})+|en-GB-oed|i-(?:ami|bnn|default|enochian|hak|klingon|lux|mingo|navajo|pwn|tao|tsu|tay)|sgn-BE-FR|sgn-BE-NL|sgn-CH-DE)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LanguageTag();

    [GeneratedRegex(@"^(?:application|audio|example|font|image|message|model|multipart|text|video)/[-\w+.]+(?:;\s*[-\w]+=(?:[-\w.]+|""[^""]*""))*;?$", RegexOptions.CultureInvariant)]
    private static partial Regex MediaType();
}
