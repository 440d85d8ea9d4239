using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PeerLearning.Assessment.Assignment;
using PeerLearning.Assessment.Engine;

namespace PeerLearning.Assessment;

/// <summary>Registers the peer-assessment engine.</summary>
public static class AssessmentServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="PeerAssessmentEngine"/> and <see cref="ReviewerAssigner"/> with validated options. Idempotent; a
    /// host's own registrations win. Register extra <see cref="Aggregation.IGradeAggregator"/>s to add methods.
    /// </summary>
    /// <param name="builder">The PeerLearning builder.</param>
    /// <param name="configure">Configures the options.</param>
    /// <returns>The same builder.</returns>
    public static IPeerLearningBuilder AddAssessment(this IPeerLearningBuilder builder, Action<AssessmentOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var optionsBuilder = builder.Services.AddOptions<AssessmentOptions>();
        if (configure is not null)
        {
            optionsBuilder.Configure(configure);
        }

        optionsBuilder.ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AssessmentOptions>, AssessmentOptionsValidator>());
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<PeerAssessmentEngine>();
        builder.Services.TryAddSingleton<ReviewerAssigner>();
        return builder;
    }
}
