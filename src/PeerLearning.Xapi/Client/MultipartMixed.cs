using System.Net.Http.Headers;
using System.Text;

namespace PeerLearning.Xapi;

/// <summary>Builds and parses the multipart/mixed bodies xAPI uses for statements with attachments.</summary>
public static class MultipartMixed
{
    /// <summary>A multipart/mixed body: the statements JSON first, then each attachment with its X-Experience-API-Hash.</summary>
    public static MultipartContent Build(string statementsJson, IEnumerable<AttachmentContent> attachments)
    {
        var content = new MultipartContent("mixed", "xapi-" + Guid.NewGuid().ToString("N"));
        var json = new StringContent(statementsJson, Encoding.UTF8);
        json.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        content.Add(json);
        foreach (var attachment in attachments)
        {
            var part = new ReadOnlyMemoryContent(attachment.Content);
            part.Headers.ContentType = MediaTypeHeaderValue.Parse(attachment.ContentType);
            part.Headers.TryAddWithoutValidation("Content-Transfer-Encoding", "binary");
            part.Headers.TryAddWithoutValidation("X-Experience-API-Hash", attachment.Sha2);
            content.Add(part);
        }

        return content;
    }

    /// <summary>The parts of a multipart body: headers (lower-case names) and content.</summary>
    public static IReadOnlyList<MultipartPart> Parse(ReadOnlySpan<byte> body, string boundary)
    {
        ArgumentNullException.ThrowIfNull(boundary);
        var parts = new List<MultipartPart>();
        var delimiter = Encoding.ASCII.GetBytes("--" + boundary);
        var position = body.IndexOf(delimiter);
        if (position < 0)
        {
            throw new FormatException("multipart body without its boundary");
        }

        position += delimiter.Length;
        while (true)
        {
            if (body[position..].StartsWith("--"u8))
            {
                break;
            }

            position += SkipLineEnd(body[position..]);
            var headerEnd = body[position..].IndexOf("\r\n\r\n"u8);
            var separatorLength = 4;
            if (headerEnd < 0)
            {
                headerEnd = body[position..].IndexOf("\n\n"u8);
                separatorLength = 2;
            }

            if (headerEnd < 0)
            {
                throw new FormatException("multipart part without a header end");
            }

            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var line in Encoding.ASCII.GetString(body.Slice(position, headerEnd)).Split('\n'))
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0)
                {
                    headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
                }
            }

            position += headerEnd + separatorLength;
            var next = body[position..].IndexOf(delimiter);
            if (next < 0)
            {
                throw new FormatException("multipart part without a closing boundary");
            }

            var content = body.Slice(position, next);
            if (content.EndsWith("\r\n"u8))
            {
                content = content[..^2];
            }
            else if (content.EndsWith("\n"u8))
            {
                content = content[..^1];
            }

            parts.Add(new MultipartPart(headers, content.ToArray()));
            position += next + delimiter.Length;
        }

        return parts;
    }

    private static int SkipLineEnd(ReadOnlySpan<byte> span) =>
        span.StartsWith("\r\n"u8) ? 2 : span.StartsWith("\n"u8) ? 1 : 0;
}
