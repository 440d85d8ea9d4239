namespace PeerLearning.Assessment.Reliability;

/// <summary>The metric Krippendorff's alpha compares values with.</summary>
public enum LevelOfMeasurement
{
    /// <summary>Categories without order: values agree or not.</summary>
    Nominal = 0,

    /// <summary>Ordered categories: distance by the number of values ranked between them.</summary>
    Ordinal = 1,

    /// <summary>Equal intervals: squared difference.</summary>
    Interval = 2,

    /// <summary>A true zero: squared difference relative to the sum.</summary>
    Ratio = 3,
}
