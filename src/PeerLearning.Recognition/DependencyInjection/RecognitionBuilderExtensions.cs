using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PeerLearning.Events;

namespace PeerLearning.Recognition;

/// <summary>Registers the recognition engine.</summary>
public static class RecognitionBuilderExtensions
{
    /// <summary>
    /// Adds kudos, badges, leaderboards, anti-gaming and Open Badges pieces: an in-memory <see cref="IRecognitionStore"/>
    /// (replace it with <c>AddSqliteRecognitionStore</c> or your own), an empty <see cref="IParticipantDirectory"/>
    /// (register yours), <see cref="KudosEngine"/> with the policies the options ask for (plus any <see cref="IKudosPolicy"/>
    /// you register), <see cref="BadgeEngine"/>, <see cref="LeaderboardBuilder"/> and <see cref="AntiGamingAnalyzer"/>.
    /// Options are validated at start-up. Safe to call twice.
    /// </summary>
    /// <param name="builder">The PeerLearning builder.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The builder.</returns>
    public static IPeerLearningBuilder AddRecognition(this IPeerLearningBuilder builder, Action<RecognitionOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var options = services.AddOptions<RecognitionOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RecognitionOptions>, RecognitionOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ILearningEventSink>(NullLearningEventSink.Instance);
        services.TryAddSingleton<IRecognitionStore, InMemoryRecognitionStore>();
        services.TryAddSingleton<IParticipantDirectory>(ParticipantDirectory.Empty);
        services.TryAddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<RecognitionOptions>>().Value;
            return new KudosEngine(
                sp.GetRequiredService<IRecognitionStore>(),
                o.CreatePolicies().Concat(sp.GetServices<IKudosPolicy>()),
                sp.GetRequiredService<IParticipantDirectory>(),
                o.GivingAllowance,
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILearningEventSink>());
        });
        services.TryAddSingleton(sp => new BadgeEngine(
            sp.GetRequiredService<IOptions<RecognitionOptions>>().Value.BadgeRules ?? new BadgeRuleSet { Badges = [] },
            sp.GetRequiredService<IRecognitionStore>(),
            sp.GetRequiredService<ILearningEventSink>(),
            sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new LeaderboardBuilder(sp.GetRequiredService<IParticipantDirectory>(), sp.GetRequiredService<IOptions<RecognitionOptions>>().Value.Leaderboards));
        services.TryAddSingleton(sp => new AntiGamingAnalyzer(sp.GetRequiredService<IOptions<RecognitionOptions>>().Value.AntiGaming));
        return builder;
    }
}
