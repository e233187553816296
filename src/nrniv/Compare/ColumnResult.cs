namespace Nrniv.Compare;

/// <summary>The comparison of one column of one file; <see cref="Passed"/> says whether it is within tolerance.</summary>
public abstract record ColumnResult(string Column)
{
    public abstract bool Passed { get; }
}

/// <summary>A column that only one of the two folders has: always a failure.</summary>
public sealed record MissingColumn(string Column, ComparedSide PresentIn) : ColumnResult(Column)
{
    public override bool Passed => false;
}

/// <summary>
/// A sampled column compared row by row. Maxima are over all rows; the first row beyond
/// tolerance (if any) is given by its time and both values.
/// </summary>
public sealed record SampledColumn(
    string Column,
    double MaxAbsolute,
    double MaxRelative,
    int RowsBeyondTolerance,
    Exceedance? First) : ColumnResult(Column)
{
    public override bool Passed => RowsBeyondTolerance == 0;
}

/// <summary>The first sample beyond tolerance: its time and the two values.</summary>
public sealed record Exceedance(double Time, double ValueA, double ValueB);

/// <summary>
/// A spike-time column: the n-th spike of A is paired with the n-th spike of B. It passes when
/// the counts agree and every pair is within tolerance.
/// </summary>
public sealed record SpikeColumn(
    string Column,
    int CountA,
    int CountB,
    double MaxAbsoluteDt,
    SpikeMismatch? First) : ColumnResult(Column)
{
    public override bool Passed => CountA == CountB && First is null;
}

/// <summary>The first pair of spikes (0-based index) whose times differ beyond tolerance.</summary>
public sealed record SpikeMismatch(int Index, double TimeA, double TimeB);

/// <summary>Which folder of the two.</summary>
public enum ComparedSide
{
    A,
    B,
}
