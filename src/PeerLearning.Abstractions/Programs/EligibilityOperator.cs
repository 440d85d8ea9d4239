using System.Text.Json.Serialization;

namespace PeerLearning;

/// <summary>How an <see cref="EligibilityRule"/> compares a participant's field with the rule's values.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EligibilityOperator>))]
public enum EligibilityOperator
{
    /// <summary>The field equals one of the values (case-insensitive); for list fields, the list contains one.</summary>
    In,

    /// <summary>The field equals none of the values (case-insensitive); for list fields, the list contains none.</summary>
    NotIn,

    /// <summary>The numeric field is at least the single value.</summary>
    AtLeast,

    /// <summary>The numeric field is at most the single value.</summary>
    AtMost,
}
