namespace PeerLearning.Data;

/// <summary>The fixed vocabulary synthetic organizations are drawn from: sites, departments, skills, names.</summary>
internal static class OrganizationCatalog
{
    public sealed record Site(string Name, string TimeZone, string[] Languages, double Weight);

    public sealed record DepartmentProfile(string Name, string BusinessUnit, string[] Skills, double Weight);

    public static readonly Site[] Sites =
    [
        new("New York", "America/New_York", ["en", "es"], 14),
        new("San Francisco", "America/Los_Angeles", ["en"], 10),
        new("Toronto", "America/Toronto", ["en", "fr"], 6),
        new("São Paulo", "America/Sao_Paulo", ["pt", "en", "es"], 5),
        new("London", "Europe/London", ["en"], 12),
        new("Berlin", "Europe/Berlin", ["de", "en"], 9),
        new("Paris", "Europe/Paris", ["fr", "en"], 6),
        new("Madrid", "Europe/Madrid", ["es", "en"], 4),
        new("Warsaw", "Europe/Warsaw", ["pl", "en"], 5),
        new("Bangalore", "Asia/Kolkata", ["en", "hi"], 12),
        new("Singapore", "Asia/Singapore", ["en", "zh"], 6),
        new("Tokyo", "Asia/Tokyo", ["ja", "en"], 4),
        new("Sydney", "Australia/Sydney", ["en"], 4),
    ];

    public static readonly DepartmentProfile[] Departments =
    [
        new("Engineering", "R&D", ["csharp", "sql", "cloud", "kubernetes", "security", "testing", "architecture", "typescript"], 30),
        new("Data", "R&D", ["sql", "python", "statistics", "machine-learning", "data-visualization", "data-engineering"], 8),
        new("Product", "R&D", ["product-discovery", "roadmapping", "analytics", "ux-research", "stakeholder-management"], 7),
        new("Design", "R&D", ["ux-research", "visual-design", "prototyping", "accessibility", "design-systems"], 5),
        new("Sales", "Go-to-market", ["negotiation", "crm", "forecasting", "storytelling", "account-planning"], 14),
        new("Marketing", "Go-to-market", ["content", "seo", "analytics", "storytelling", "brand", "social-media"], 8),
        new("Customer Success", "Go-to-market", ["onboarding", "crm", "troubleshooting", "account-planning", "communication"], 10),
        new("Finance", "G&A", ["accounting", "forecasting", "excel", "compliance", "financial-modelling"], 6),
        new("People", "G&A", ["coaching", "recruiting", "employment-law", "facilitation", "change-management"], 5),
        new("Operations", "G&A", ["process-improvement", "logistics", "excel", "project-management", "vendor-management"], 7),
    ];

    /// <summary>Skills anyone may have or want: the leadership and craft skills peer programs are about.</summary>
    public static readonly string[] CommonSkills =
        ["leadership", "public-speaking", "project-management", "coaching", "communication", "negotiation", "feedback", "time-management"];

    /// <summary>Skills younger colleagues tend to know better: the material of reverse mentoring.</summary>
    public static readonly string[] DigitalSkills = ["generative-ai", "social-media", "no-code-automation", "collaboration-tools"];

    public static readonly string[] Interests =
    [
        "running", "chess", "cooking", "photography", "hiking", "music", "reading", "gaming", "gardening", "cycling",
        "volunteering", "travel", "board-games", "yoga", "painting", "climbing", "podcasts", "languages",
    ];

    public static readonly string[] TeamNames =
    [
        "Atlas", "Beacon", "Comet", "Delta", "Ember", "Falcon", "Glacier", "Harbor", "Ion", "Juniper", "Kite", "Lumen",
        "Meridian", "Nova", "Orbit", "Pulse", "Quartz", "Ridge", "Summit", "Tide", "Unity", "Vertex", "Willow", "Zenith",
    ];

    public static readonly string[] FirstNames =
    [
        "Aisha", "Akira", "Alejandro", "Amara", "Ana", "Anders", "Arjun", "Ayesha", "Beatriz", "Camille", "Carlos", "Chen",
        "Chloe", "Daniel", "Dmitri", "Elena", "Emeka", "Emma", "Fatima", "Felix", "Grace", "Hana", "Hiroshi", "Ibrahim",
        "Ines", "Ivan", "Jamal", "Javier", "Ji-woo", "Julia", "Kai", "Kavya", "Lars", "Layla", "Leon", "Lucia", "Malik",
        "Maria", "Mateo", "Mei", "Mohammed", "Nadia", "Nikhil", "Noah", "Olga", "Omar", "Priya", "Rafael", "Rania", "Ravi",
        "Sakura", "Samuel", "Sara", "Sofia", "Tariq", "Thomas", "Valentina", "Wei", "Yara", "Yusuf", "Zanele", "Zofia",
    ];

    public static readonly string[] LastNames =
    [
        "Abe", "Adeyemi", "Alvarez", "Andersson", "Bauer", "Becker", "Chen", "Costa", "Da Silva", "Dubois", "Fernandez",
        "Garcia", "Gupta", "Haddad", "Hansen", "Ivanova", "Jansen", "Kim", "Kowalski", "Kumar", "Laurent", "Lee", "Lopez",
        "Martin", "Meyer", "Morales", "Muller", "Nakamura", "Nguyen", "Novak", "Okafor", "Olsen", "Patel", "Pereira",
        "Petrov", "Rossi", "Santos", "Schmidt", "Sharma", "Singh", "Smith", "Suzuki", "Tan", "Taylor", "Wang", "Wright",
        "Yamamoto", "Zhang",
    ];
}
