namespace PeerLearning.Xapi;

/// <summary>One part of a multipart/mixed body.</summary>
/// <param name="Headers">The part's headers, names compared case-insensitively.</param>
/// <param name="Body">The part's bytes.</param>
public sealed record MultipartPart(IReadOnlyDictionary<string, string> Headers, ReadOnlyMemory<byte> Body);
