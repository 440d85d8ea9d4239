using System.Text.Json.Serialization;

namespace PeerLearning;

/// <summary>Whether a program prefers pairs from the same department or from different ones.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DepartmentPreference>))]
public enum DepartmentPreference
{
    /// <summary>Department does not matter.</summary>
    None,

    /// <summary>Prefer the same department.</summary>
    Same,

    /// <summary>Prefer different departments (cross-functional exposure).</summary>
    Different,
}
