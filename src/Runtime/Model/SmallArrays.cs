using System.Runtime.CompilerServices;

namespace Nrn;

/// <summary>Clearing the per-step arrays. A small model (one soma: three nodes) clears a few
/// elements per array, where a plain loop beats the call into memset; large arrays use memset.</summary>
internal static class SmallArrays
{
    private const int LoopLimit = 16;

    [MethodImpl(MethodImplOptions.AggressiveOptimization | MethodImplOptions.AggressiveInlining)]
    public static void Clear(double[] first, double[] second)
    {
        if (first.Length <= LoopLimit && second.Length == first.Length)
        {
            for (var i = 0; i < first.Length; i++)
            {
                first[i] = 0;
                second[i] = 0;
            }
            return;
        }
        first.AsSpan().Clear();
        second.AsSpan().Clear();
    }
}
