namespace PeerLearning.Xapi;

/// <summary>A statement carrying a signature attachment, and the JWS content to send with it.</summary>
/// <param name="Statement">The statement, its attachments ending with the signature's metadata.</param>
/// <param name="Signature">The JWS (compact serialization) to send as the attachment's content.</param>
public sealed record SignedStatement(Statement Statement, AttachmentContent Signature);
