namespace Nrn.Abi;

/// <summary>NEURON's legacy process-wide random stream (SCoP's, with <c>use_mcell_ran4()</c> = 0,
/// the default) behind NMODL's <c>scop_random</c>, <c>exprand</c>, <c>normrand</c> and <c>set_seed</c>: a 32-bit
/// linear congruential generator shared by every mechanism and instance, never reset by
/// <c>finitialize()</c>.</summary>
public static class ScopRandom
{
    private const uint Multiplier = 2147437301;
    private const uint Increment = 453816981;

    private static uint _state = 1;

    /// <summary><c>set_seed(s)</c>: the stream restarts from <paramref name="seed"/> converted to a
    /// 32-bit unsigned integer as C does. Returns 0, the value NMODL code sees.</summary>
    public static double SetSeed(double seed)
    {
        _state = unchecked((uint)(long)seed);
        return 0;
    }

    /// <summary><c>scop_random()</c>: the next draw, uniform in (0, 1].</summary>
    public static double Next()
    {
        _state = unchecked(Multiplier * _state + Increment);
        return _state / (double)uint.MaxValue;
    }

    /// <summary><c>exprand(mean)</c>: an exponentially distributed draw of the given mean.</summary>
    public static double Exprand(double mean) => -mean * Math.Log(Next());

    /// <summary><c>normrand(mean, sd)</c>: a normally distributed draw by Marsaglia's polar method
    /// as SCoP does it (pairs of draws until one falls inside the unit circle; only the first
    /// coordinate is used, so each call consumes an even number of draws).</summary>
    public static double Normrand(double mean, double sd)
    {
        double v1, s;
        do
        {
            v1 = 2 * Next() - 1;
            var v2 = 2 * Next() - 1;
            s = v1 * v1 + v2 * v2;
        }
        while (s >= 1);
        return v1 * Math.Sqrt(-2 * Math.Log(s) / s) * sd + mean;
    }
}
