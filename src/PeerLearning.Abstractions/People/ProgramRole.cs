using System.Text.Json.Serialization;

namespace PeerLearning;

/// <summary>A role a participant can opt into in a peer-learning program.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ProgramRole>))]
public enum ProgramRole
{
    /// <summary>Guides a mentee; usually the more experienced person.</summary>
    Mentor,

    /// <summary>Is guided by a mentor.</summary>
    Mentee,

    /// <summary>A junior who mentors a senior on the skills where the junior knows more.</summary>
    ReverseMentor,

    /// <summary>A senior who learns from a reverse mentor.</summary>
    ReverseMentee,

    /// <summary>An experienced colleague who helps a newcomer settle in.</summary>
    Buddy,

    /// <summary>A new hire who gets an onboarding buddy.</summary>
    Newcomer,

    /// <summary>A member of a peer circle, cohort, action-learning team or networking rotation.</summary>
    Peer,

    /// <summary>Leads a peer circle or action-learning team.</summary>
    Facilitator,

    /// <summary>Reviews other people's work against a rubric.</summary>
    Reviewer,
}
