namespace PeerLearning.Xapi;

/// <summary>How learning events become statements: the LMS's account home page and the IRI bases of activities and vocabulary.</summary>
public sealed class LearningEventMappingOptions
{
    /// <summary>Home page of the LMS accounts participants are identified by (<c>account.homePage</c>).</summary>
    public Uri AccountHomePage { get; set; } = new("https://lms.example.org/");

    /// <summary>Base IRI of the activities (programs, matches, sessions, submissions, badges, content).</summary>
    public Uri ActivityBase { get; set; } = new("https://lms.example.org/peer-learning/");

    /// <summary>Base IRI of the PeerLearning verbs, activity types and extensions where no registered IRI fits.</summary>
    public Uri VocabularyBase { get; set; } = new("https://lms.example.org/peer-learning/xapi/");

    /// <summary>The <c>context.platform</c> value.</summary>
    public string Platform { get; set; } = "PeerLearning";

    /// <summary>The language tag of display texts.</summary>
    public string Language { get; set; } = "en-US";
}
