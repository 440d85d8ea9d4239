using Microsoft.Extensions.DependencyInjection;
using PeerLearning;
using PeerLearning.Data;
using PeerLearning.Events;

// Proves the packed packages install and work on net8.0: generate, round-trip, validate, compose through DI.
var people = SyntheticOrganization.Generate(new SyntheticOrganizationOptions { Size = 250, Seed = 42 });
var back = ParticipantJson.Deserialize(ParticipantJson.Serialize(people));
var problems = PeerLearningValidator.Validate(back);
if (back.Count != people.Count || problems.Count != 0)
{
    Console.Error.WriteLine($"consumer: expected {people.Count} valid people, got {back.Count} with {problems.Count} problems");
    return 1;
}

var services = new ServiceCollection();
services.AddPeerLearning(_ => { });
using var provider = services.BuildServiceProvider();
var sink = provider.GetRequiredService<ILearningEventSink>();
Console.WriteLine($"consumer: {people.Count} people valid; sink {sink.GetType().Name}; packages work");
return 0;
