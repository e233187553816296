using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Nrn;

/// <summary>The cable equation's matrix passes, fused so each array is swept once, in the order
/// that gives NEURON's sums to the bit: per node, capacitance then its own axial term, while each
/// parent collects its children's axial terms in increasing node order. They run over plain
/// cells, each a contiguous range of nodes given by cellStart (interleaved cells: <see
/// cref="InterleavedMatrix"/>), which may begin after node 0. The sweeps are compiled
/// fully optimized from their first call: a simulation spends its life in them.</summary>
internal static class CableMatrix
{
    /// <summary>d += cfac cm; rhs and d get the axial currents and conductances (NEURON's nrn_rhs and
    /// nrn_lhs after the mechanisms). Parents precede children within each cell.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void AddCapacitanceAndAxial(double[] d, double[] rhs, double[] v, double[] cm, double[] a, double[] b,
        int[] parent, int[] cellStart, double cfac)
    {
        CheckLengths(d, rhs, v, cm, a, b, parent, cellStart);
        AddCapacitanceAndAxialPrechecked(d, rhs, v, cm, a, b, parent, cellStart, cfac);
    }

    /// <summary><see cref="AddCapacitanceAndAxial"/> on arrays that passed <see cref="CheckLengths"/>
    /// (a compiled model checks its arrays once; they never change).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void AddCapacitanceAndAxialPrechecked(double[] d, double[] rhs, double[] v, double[] cm, double[] a, double[] b,
        int[] parent, int[] cellStart, double cfac)
    {
        ref var d0 = ref MemoryMarshal.GetArrayDataReference(d);
        ref var rhs0 = ref MemoryMarshal.GetArrayDataReference(rhs);
        ref var v0 = ref MemoryMarshal.GetArrayDataReference(v);
        ref var cm0 = ref MemoryMarshal.GetArrayDataReference(cm);
        ref var a0 = ref MemoryMarshal.GetArrayDataReference(a);
        ref var b0 = ref MemoryMarshal.GetArrayDataReference(b);
        ref var parent0 = ref MemoryMarshal.GetArrayDataReference(parent);
        for (var c = 0; c + 1 < cellStart.Length; c++)
        {
            int root = cellStart[c], end = cellStart[c + 1];
            Unsafe.Add(ref d0, root) += cfac * Unsafe.Add(ref cm0, root);
            for (var i = root + 1; i < end; i++)
            {
                var p = Unsafe.Add(ref parent0, i);
                var ai = Unsafe.Add(ref a0, i);
                var bi = Unsafe.Add(ref b0, i);
                var dv = Unsafe.Add(ref v0, p) - Unsafe.Add(ref v0, i);
                ref var di = ref Unsafe.Add(ref d0, i);
                di += cfac * Unsafe.Add(ref cm0, i);
                di -= bi;
                Unsafe.Add(ref d0, p) -= ai;
                Unsafe.Add(ref rhs0, i) -= bi * dv;
                Unsafe.Add(ref rhs0, p) += ai * dv;
            }
        }
    }

    /// <summary>Hines elimination and back substitution (NEURON's triang and bksub), with the
    /// voltage update v += solution folded into the back substitution.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void SolveAndUpdate(double[] d, double[] rhs, double[] v, double[] a, double[] b, int[] parent, int[] cellStart)
    {
        CheckLengths(d, rhs, v, v, a, b, parent, cellStart);
        SolveAndUpdatePrechecked(d, rhs, v, a, b, parent, cellStart);
    }

    /// <summary><see cref="SolveAndUpdate"/> on arrays that passed <see cref="CheckLengths"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void SolveAndUpdatePrechecked(double[] d, double[] rhs, double[] v, double[] a, double[] b, int[] parent, int[] cellStart)
    {
        ref var d0 = ref MemoryMarshal.GetArrayDataReference(d);
        ref var rhs0 = ref MemoryMarshal.GetArrayDataReference(rhs);
        ref var v0 = ref MemoryMarshal.GetArrayDataReference(v);
        ref var a0 = ref MemoryMarshal.GetArrayDataReference(a);
        ref var b0 = ref MemoryMarshal.GetArrayDataReference(b);
        ref var parent0 = ref MemoryMarshal.GetArrayDataReference(parent);
        for (var c = 0; c + 1 < cellStart.Length; c++)
        {
            int root = cellStart[c], end = cellStart[c + 1];
            for (var i = end - 1; i > root; i--)
            {
                var pi = Unsafe.Add(ref parent0, i);
                var f = Unsafe.Add(ref a0, i) / Unsafe.Add(ref d0, i);
                Unsafe.Add(ref d0, pi) -= f * Unsafe.Add(ref b0, i);
                Unsafe.Add(ref rhs0, pi) -= f * Unsafe.Add(ref rhs0, i);
            }
            ref var rootRhs = ref Unsafe.Add(ref rhs0, root);
            rootRhs /= Unsafe.Add(ref d0, root);
            Unsafe.Add(ref v0, root) += rootRhs;
            for (var i = root + 1; i < end; i++)
            {
                ref var ri = ref Unsafe.Add(ref rhs0, i);
                ri -= Unsafe.Add(ref b0, i) * Unsafe.Add(ref rhs0, Unsafe.Add(ref parent0, i));
                ri /= Unsafe.Add(ref d0, i);
                Unsafe.Add(ref v0, i) += ri;
            }
        }
    }

    /// <summary>The unchecked loops above rely on these; a model that breaks them is a runtime bug.</summary>
    internal static void CheckLengths(double[] d, double[] rhs, double[] v, double[] cm, double[] a, double[] b, int[] parent, int[] cellStart)
    {
        var n = d.Length;
        if (rhs.Length != n || v.Length != n || cm.Length != n || a.Length != n || b.Length != n || parent.Length != n
            || cellStart.Length == 0 || cellStart[0] < 0 || cellStart[^1] > n)
            throw new InvalidOperationException($"cable matrix arrays disagree in length (nodes {n})");
    }
}
