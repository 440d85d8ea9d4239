using Newtonsoft.Json.Linq;

namespace PeerLearning.Xapi;

/// <summary>The object of a statement: an <see cref="Activity"/>, <see cref="Agent"/>, <see cref="Group"/>, <see cref="StatementRef"/> or <see cref="SubStatement"/>.</summary>
public abstract record StatementObject
{
    private protected StatementObject()
    {
    }

    /// <summary>The xAPI <c>objectType</c> of this object.</summary>
    public abstract string ObjectType { get; }

    /// <summary>Properties the xAPI specification does not define, kept so that a statement read from an LRS is written back unchanged.</summary>
    public IReadOnlyDictionary<string, JToken>? AdditionalProperties { get; init; }

    /// <summary>False when the JSON this object was read from omitted its (optional) <c>objectType</c>; controls only how it is written back.</summary>
    internal bool ObjectTypeWritten { get; init; } = true;
}
