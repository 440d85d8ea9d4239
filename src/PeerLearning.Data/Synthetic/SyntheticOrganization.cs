using System.Globalization;

namespace PeerLearning.Data;

/// <summary>
/// Generates realistic synthetic organizations for tests, benchmarks and demos: departments and teams under a
/// management hierarchy, a seniority pyramid, skills correlated with department and seniority, learning goals,
/// sites with their time zones and languages, diversity attributes, and roles opted into with capacities.
/// </summary>
/// <remarks>
/// Deterministic: the same <see cref="SyntheticOrganizationOptions"/> give the same people in the same order,
/// on every machine (it uses the seeded <see cref="Random"/> algorithm, which .NET keeps stable, and never the clock).
/// </remarks>
public static class SyntheticOrganization
{
    /// <summary>Generates an organization.</summary>
    /// <param name="options">Size, seed and date.</param>
    /// <returns>The people, managers before their reports.</returns>
    /// <exception cref="PeerLearningValidationException">The options are out of range.</exception>
    public static IReadOnlyList<Participant> Generate(SyntheticOrganizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Size < 1)
        {
            throw new PeerLearningValidationException("options", "size", $"must be at least 1, was {options.Size}");
        }

        if (!(options.NewcomerShare is >= 0 and <= 1))
        {
            throw new PeerLearningValidationException("options", "newcomerShare", $"must be from 0 to 1, was {options.NewcomerShare.ToString(CultureInfo.InvariantCulture)}");
        }

        return new Generator(options).Run();
    }

    private sealed class Generator(SyntheticOrganizationOptions options)
    {
        private readonly Random _random = new(options.Seed);
        private readonly List<Participant> _people = new(options.Size);
        private readonly HashSet<string> _emails = new(StringComparer.Ordinal);
        private readonly int _idWidth = Math.Max(5, options.Size.ToString(CultureInfo.InvariantCulture).Length);

        public List<Participant> Run()
        {
            var ceoSite = OrganizationCatalog.Sites[0];
            var ceo = NewPerson(null, "Executive", "Leadership", "G&A", ceoSite, seniority: 7, []);
            if (options.Size == 1)
            {
                return _people;
            }

            // Department sizes follow the catalogue's weights; every department that fits gets a head.
            var remaining = options.Size - 1;
            var departments = OrganizationCatalog.Departments;
            var totalWeight = departments.Sum(d => d.Weight);
            var sizes = departments.Select(d => (int)Math.Floor(remaining * d.Weight / totalWeight)).ToArray();
            for (var i = 0; remaining - sizes.Sum() > 0; i = (i + 1) % sizes.Length)
            {
                sizes[i]++;
            }

            for (var d = 0; d < departments.Length; d++)
            {
                if (sizes[d] > 0)
                {
                    BuildDepartment(departments[d], sizes[d], ceo);
                }
            }

            return _people;
        }

        private void BuildDepartment(OrganizationCatalog.DepartmentProfile department, int size, Participant ceo)
        {
            // Each department has a home site; a third of its people sit elsewhere.
            var home = PickSite();
            var head = NewPerson(ceo.Id, department.Name, $"{department.Name} Leadership", department.BusinessUnit, home, seniority: 6, department.Skills);
            var left = size - 1;
            var teamIndex = 0;
            while (left > 0)
            {
                // A manager (seniority 4) leads a team of 4–8, grouped under directors (seniority 5) for big departments.
                var manager = left > 1
                    ? NewPerson(head.Id, department.Name, TeamName(department, teamIndex), department.BusinessUnit, _random.NextDouble() < 0.67 ? home : PickSite(), seniority: _random.NextDouble() < 0.2 ? 5 : 4, department.Skills)
                    : null;
                left -= manager is null ? 0 : 1;
                var teamSize = Math.Min(left, _random.Next(4, 9));
                var site = manager is null ? home : SiteOf(manager);
                var team = manager?.Team ?? TeamName(department, teamIndex);
                for (var i = 0; i < teamSize; i++)
                {
                    var memberSite = _random.NextDouble() < 0.85 ? site : PickSite();
                    NewPerson(manager?.Id ?? head.Id, department.Name, team, department.BusinessUnit, memberSite, SeniorityOfIndividual(), department.Skills);
                }

                left -= teamSize;
                teamIndex++;
            }
        }

        private static OrganizationCatalog.Site SiteOf(Participant person) =>
            OrganizationCatalog.Sites.First(s => s.Name == person.Location);

        private static string TeamName(OrganizationCatalog.DepartmentProfile department, int index)
        {
            var names = OrganizationCatalog.TeamNames;
            var suffix = index < names.Length ? string.Empty : " " + ((index / names.Length) + 1).ToString(CultureInfo.InvariantCulture);
            return $"{department.Name} {names[index % names.Length]}{suffix}";
        }

        private int SeniorityOfIndividual()
        {
            // A pyramid: most individual contributors are junior or mid-level.
            var r = _random.NextDouble();
            return r switch
            {
                < 0.28 => 0,
                < 0.58 => 1,
                < 0.83 => 2,
                _ => 3,
            };
        }

        private OrganizationCatalog.Site PickSite()
        {
            var sites = OrganizationCatalog.Sites;
            var r = _random.NextDouble() * sites.Sum(s => s.Weight);
            foreach (var site in sites)
            {
                r -= site.Weight;
                if (r < 0)
                {
                    return site;
                }
            }

            return sites[^1];
        }

        private Participant NewPerson(string? managerId, string department, string team, string businessUnit, OrganizationCatalog.Site site, int seniority, string[] departmentSkills)
        {
            var index = _people.Count + 1;
            var first = Pick(OrganizationCatalog.FirstNames);
            var last = Pick(OrganizationCatalog.LastNames);
            var hireDate = HireDate(seniority);
            var tenureMonths = ((options.AsOf.Year - hireDate.Year) * 12) + options.AsOf.Month - hireDate.Month;
            var skills = Skills(seniority, departmentSkills);
            var person = new Participant
            {
                Id = "p" + index.ToString(CultureInfo.InvariantCulture).PadLeft(_idWidth, '0'),
                DisplayName = $"{first} {last}",
                Email = Email(first, last),
                Department = department,
                Team = team,
                ManagerId = managerId,
                Location = site.Name,
                TimeZone = site.TimeZone,
                Languages = Languages(site),
                SeniorityLevel = seniority,
                HireDate = hireDate,
                Skills = skills,
                Goals = Goals(seniority, departmentSkills, skills),
                Interests = PickSome(OrganizationCatalog.Interests, _random.Next(1, 4)),
                Attributes = Attributes(seniority, businessUnit),
                AvailabilityHoursPerMonth = Math.Round(2 + (_random.NextDouble() * 10), 1),
                Roles = Roles(seniority, tenureMonths),
            };
            _people.Add(person);
            return person;
        }

        private DateOnly HireDate(int seniority)
        {
            int months;
            if (seniority <= 2 && _random.NextDouble() < options.NewcomerShare * 1.6)
            {
                months = _random.Next(0, 3);
            }
            else
            {
                // Tenure grows with seniority, with a long tail.
                var mean = 12 + (seniority * 14);
                months = 3 + (int)(-mean * Math.Log(1 - _random.NextDouble()));
                months = Math.Min(months, 300);
            }

            return options.AsOf.AddMonths(-months).AddDays(-_random.Next(0, 28));
        }

        private List<SkillProficiency> Skills(int seniority, string[] departmentSkills)
        {
            var result = new List<SkillProficiency>();
            foreach (var skill in PickSome(departmentSkills, Math.Min(departmentSkills.Length, _random.Next(3, 6))))
            {
                result.Add(new(skill, Level(1.2 + (seniority * 0.55))));
            }

            foreach (var skill in PickSome(OrganizationCatalog.CommonSkills, _random.Next(0, 3)))
            {
                if (!result.Any(s => s.Skill == skill))
                {
                    result.Add(new(skill, Level(0.8 + (seniority * 0.5))));
                }
            }

            // Juniors tend to be ahead on digital skills; seniors behind.
            foreach (var skill in PickSome(OrganizationCatalog.DigitalSkills, _random.Next(0, 3)))
            {
                if (!result.Any(s => s.Skill == skill))
                {
                    result.Add(new(skill, Level(4.2 - (seniority * 0.6))));
                }
            }

            return result;
        }

        private int Level(double mean)
        {
            var noisy = mean + ((_random.NextDouble() + _random.NextDouble() - 1) * 1.5);
            return Math.Clamp((int)Math.Round(noisy), SkillProficiency.MinLevel, SkillProficiency.MaxLevel);
        }

        private List<LearningGoal> Goals(int seniority, string[] departmentSkills, List<SkillProficiency> skills)
        {
            var pool = departmentSkills.Concat(OrganizationCatalog.CommonSkills)
                .Concat(seniority >= 4 ? OrganizationCatalog.DigitalSkills : [])
                .Where(s => skills.FirstOrDefault(k => k.Skill == s) is not { Level: >= 4 })
                .Distinct()
                .ToArray();
            return PickSome(pool, Math.Min(pool.Length, _random.Next(1, 4)))
                .Select(s => new LearningGoal(s, _random.Next(LearningGoal.MinPriority, LearningGoal.MaxPriority + 1)))
                .ToList();
        }

        private List<string> Languages(OrganizationCatalog.Site site)
        {
            // Everyone speaks the site's first language; most also speak English; some speak a third.
            var result = new List<string> { site.Languages[0] };
            foreach (var language in site.Languages.Skip(1))
            {
                if (_random.NextDouble() < 0.8)
                {
                    result.Add(language);
                }
            }

            if (!result.Contains("en") && _random.NextDouble() < 0.5)
            {
                result.Add("en");
            }

            return result;
        }

        private Dictionary<string, string> Attributes(int seniority, string businessUnit)
        {
            var g = _random.NextDouble();
            var gender = g switch
            {
                < 0.47 => "female",
                < 0.96 => "male",
                < 0.98 => "non-binary",
                _ => "undisclosed",
            };
            var age = 22 + (seniority * 4) + _random.Next(0, 12);
            var birthYear = options.AsOf.Year - age;
            var generation = birthYear switch
            {
                >= 1997 => "gen-z",
                >= 1981 => "millennial",
                >= 1965 => "gen-x",
                _ => "boomer",
            };
            return new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["gender"] = gender,
                ["generation"] = generation,
                ["businessUnit"] = businessUnit,
            };
        }

        private List<RoleCapacity> Roles(int seniority, int tenureMonths)
        {
            var roles = new List<RoleCapacity>();
            if (tenureMonths < 3)
            {
                roles.Add(new(ProgramRole.Newcomer, 1));
            }

            if (seniority <= 3 && _random.NextDouble() < 0.4)
            {
                roles.Add(new(ProgramRole.Mentee, 1));
            }

            if (seniority >= 3 && _random.NextDouble() < 0.45)
            {
                roles.Add(new(ProgramRole.Mentor, _random.Next(1, 4)));
            }

            if (tenureMonths >= 12 && seniority <= 4 && _random.NextDouble() < 0.3)
            {
                roles.Add(new(ProgramRole.Buddy, _random.Next(1, 3)));
            }

            if (seniority <= 1 && tenureMonths >= 3 && _random.NextDouble() < 0.15)
            {
                roles.Add(new(ProgramRole.ReverseMentor, 1));
            }

            if (seniority >= 5 && _random.NextDouble() < 0.5)
            {
                roles.Add(new(ProgramRole.ReverseMentee, 1));
            }

            if (_random.NextDouble() < 0.3)
            {
                roles.Add(new(ProgramRole.Peer, 1));
            }

            if (seniority >= 4 && _random.NextDouble() < 0.15)
            {
                roles.Add(new(ProgramRole.Facilitator, 1));
            }

            if (_random.NextDouble() < 0.5)
            {
                roles.Add(new(ProgramRole.Reviewer, _random.Next(3, 7)));
            }

            return roles;
        }

        private string Email(string first, string last)
        {
            var local = $"{Slug(first)}.{Slug(last)}";
            var email = $"{local}@example.com";
            for (var n = 2; !_emails.Add(email); n++)
            {
                email = $"{local}{n.ToString(CultureInfo.InvariantCulture)}@example.com";
            }

            return email;
        }

        private static string Slug(string name) =>
            new(name.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).ToArray());

        private T Pick<T>(T[] items) => items[_random.Next(items.Length)];

        private List<T> PickSome<T>(T[] items, int count)
        {
            // A partial Fisher–Yates shuffle on a copy keeps the catalogue untouched.
            var copy = (T[])items.Clone();
            count = Math.Min(count, copy.Length);
            for (var i = 0; i < count; i++)
            {
                var j = _random.Next(i, copy.Length);
                (copy[i], copy[j]) = (copy[j], copy[i]);
            }

            return copy.Take(count).ToList();
        }
    }
}
