using System.Net;

namespace PeerLearning.Xapi;

/// <summary>The LRS answered with an error status; carries the status and the response body.</summary>
public sealed class LrsException : Exception
{
    /// <summary>Creates an exception for an LRS error response.</summary>
    public LrsException(HttpStatusCode statusCode, string method, string resource, string? responseBody)
        : base($"The LRS answered {(int)statusCode} {statusCode} to {method} {resource}: {Truncate(responseBody)}")
    {
        StatusCode = statusCode;
        ResponseBody = responseBody;
    }

    /// <summary>Creates an exception with a message.</summary>
    public LrsException()
        : this("The LRS request failed.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    public LrsException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and inner exception.</summary>
    public LrsException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The HTTP status the LRS returned (0 when there was no response).</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The body of the error response.</summary>
    public string? ResponseBody { get; }

    /// <summary>409: a statement with the same id but different content exists, or a document changed without a precondition.</summary>
    public bool IsConflict => StatusCode == HttpStatusCode.Conflict;

    /// <summary>412: the ETag precondition (If-Match / If-None-Match) failed.</summary>
    public bool IsPreconditionFailed => StatusCode == HttpStatusCode.PreconditionFailed;

    private static string Truncate(string? body) =>
        string.IsNullOrEmpty(body) ? "(no body)" : body.Length <= 500 ? body : body[..500] + "…";
}
