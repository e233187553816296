namespace Nrn;

/// <summary>One 3-d point of a section (um). NEURON stores coordinates and diameter in single
/// precision and the arc length in double; so do we, so that lengths and areas agree to the bit.</summary>
public readonly record struct Point3d(float X, float Y, float Z, float Diam, double Arc);
