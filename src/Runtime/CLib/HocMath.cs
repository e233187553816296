namespace Nrn.CLib;

/// <summary>
/// The math NEURON substitutes in the C it generates: `exp` there is NEURON's hoc_Exp, which gives 0 below
/// -700 and exp(700) above 700, warning on stderr the first times it clamps, as NEURON does.
/// </summary>
public static class HocMath
{
    private const int MaximumWarnings = 5;
    private static int _warnings;

    public static double Exp(double x)
    {
        if (x < -700.0)
        {
            return 0.0;
        }
        if (x > 700.0)
        {
            var count = Interlocked.Increment(ref _warnings);
            if (count < MaximumWarnings)
            {
                CStdio.ErrorPrintf("exp(%g) out of range, returning exp(700)\n", x);
            }
            if (count == MaximumWarnings)
            {
                CStdio.ErrorPrintf("No more errno warnings during this execution\n");
            }
            return Math.Exp(700.0);
        }
        return Math.Exp(x);
    }
}
