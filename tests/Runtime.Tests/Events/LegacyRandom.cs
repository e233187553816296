namespace Nrn.Runtime.Tests.Events;

/// <summary>NEURON's legacy shared random stream (docs/builtins.md): a 32-bit LCG, u = x/(2^32 - 1),
/// exprand = -ln u. One per test so tests running in parallel do not share it.</summary>
internal sealed class LegacyRandom
{
    private uint _x = 1;

    public void Seed(double seed) => _x = (uint)(long)seed;

    public double Uniform()
    {
        _x = unchecked(2147437301u * _x + 453816981u);
        return _x / 4294967295.0;
    }

    public double ExpRand(double mean) => -mean * Math.Log(Uniform());
}
