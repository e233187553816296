using System.Numerics;
using Simd = System.Numerics.Vector;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Nrn;

/// <summary>The cable matrix passes of <see cref="CableMatrix"/> on a group of interleaved cells:
/// each vector instruction does one node's operation for as many cells as it has lanes. Per lane
/// the operations and their order are exactly those of the scalar sweeps (IEEE arithmetic is the
/// same in every lane and nothing is fused), so each cell's numbers are bit for bit those of its
/// plain layout. A group holds several vectors of cells: the divides of the elimination and back
/// substitution form one dependent chain per cell, and independent chains side by side keep the
/// divider busy while each waits for the previous node.</summary>
internal static class InterleavedMatrix
{
    /// <summary>Vectors of cells per group (measured in docs/benchmarks.md).</summary>
    private const int VectorsPerGroup = 4;

    /// <summary>Cells per interleaved group at most; 1 (no interleaving) when vectors are not hardware accelerated.</summary>
    public static int Lanes { get; } = Simd.IsHardwareAccelerated ? Vector<double>.Count * VectorsPerGroup : 1;

    /// <summary>A group's cells are a multiple of this (one vector's lanes).</summary>
    public static int Width => Vector<double>.Count;

    /// <summary>Capacitance and axial terms (<see cref="CableMatrix.AddCapacitanceAndAxial"/>) of one group.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void AddCapacitanceAndAxial(double[] d, double[] rhs, double[] v, double[] cm, double[] a, double[] b,
        InterleavedGroup group, double cfac)
    {
        Check(d.Length, rhs, v, cm, a, b, group);
        AddCapacitanceAndAxialPrechecked(d, rhs, v, cm, a, b, group, cfac);
    }

    /// <summary><see cref="AddCapacitanceAndAxial"/> on arrays and a group that passed <see cref="Check"/>
    /// (a compiled model checks once; its arrays and groups never change).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void AddCapacitanceAndAxialPrechecked(double[] d, double[] rhs, double[] v, double[] cm, double[] a, double[] b,
        InterleavedGroup group, double cfac)
    {
        ref var d0 = ref MemoryMarshal.GetArrayDataReference(d);
        ref var rhs0 = ref MemoryMarshal.GetArrayDataReference(rhs);
        ref var v0 = ref MemoryMarshal.GetArrayDataReference(v);
        ref var cm0 = ref MemoryMarshal.GetArrayDataReference(cm);
        ref var a0 = ref MemoryMarshal.GetArrayDataReference(a);
        ref var b0 = ref MemoryMarshal.GetArrayDataReference(b);
        var width = Vector<double>.Count;
        var lanes = group.Lanes;
        var parent = group.Parent;
        var factor = new Vector<double>(cfac);
        for (var u = 0; u < lanes; u += width)
        {
            var root = (nuint)(group.First + u);
            (Simd.LoadUnsafe(ref d0, root) + factor * Simd.LoadUnsafe(ref cm0, root)).StoreUnsafe(ref d0, root);
        }
        for (var k = 1; k < parent.Length; k++)
        {
            var row = group.First + k * lanes;
            var parentRow = group.First + parent[k] * lanes;
            for (var u = 0; u < lanes; u += width)
            {
                var i = (nuint)(row + u);
                var p = (nuint)(parentRow + u);
                var ai = Simd.LoadUnsafe(ref a0, i);
                var bi = Simd.LoadUnsafe(ref b0, i);
                var dv = Simd.LoadUnsafe(ref v0, p) - Simd.LoadUnsafe(ref v0, i);
                var di = Simd.LoadUnsafe(ref d0, i) + factor * Simd.LoadUnsafe(ref cm0, i);
                (di - bi).StoreUnsafe(ref d0, i);
                (Simd.LoadUnsafe(ref d0, p) - ai).StoreUnsafe(ref d0, p);
                (Simd.LoadUnsafe(ref rhs0, i) - bi * dv).StoreUnsafe(ref rhs0, i);
                (Simd.LoadUnsafe(ref rhs0, p) + ai * dv).StoreUnsafe(ref rhs0, p);
            }
        }
    }

    /// <summary>Elimination, back substitution and v update (<see cref="CableMatrix.SolveAndUpdate"/>) of one group.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void SolveAndUpdate(double[] d, double[] rhs, double[] v, double[] a, double[] b, InterleavedGroup group)
    {
        Check(d.Length, rhs, v, v, a, b, group);
        SolveAndUpdatePrechecked(d, rhs, v, a, b, group);
    }

    /// <summary><see cref="SolveAndUpdate"/> on arrays and a group that passed <see cref="Check"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void SolveAndUpdatePrechecked(double[] d, double[] rhs, double[] v, double[] a, double[] b, InterleavedGroup group)
    {
        ref var d0 = ref MemoryMarshal.GetArrayDataReference(d);
        ref var rhs0 = ref MemoryMarshal.GetArrayDataReference(rhs);
        ref var v0 = ref MemoryMarshal.GetArrayDataReference(v);
        ref var a0 = ref MemoryMarshal.GetArrayDataReference(a);
        ref var b0 = ref MemoryMarshal.GetArrayDataReference(b);
        var width = Vector<double>.Count;
        var lanes = group.Lanes;
        var parent = group.Parent;
        for (var k = parent.Length - 1; k > 0; k--)
        {
            var row = group.First + k * lanes;
            var parentRow = group.First + parent[k] * lanes;
            for (var u = 0; u < lanes; u += width)
            {
                var i = (nuint)(row + u);
                var p = (nuint)(parentRow + u);
                var f = Simd.LoadUnsafe(ref a0, i) / Simd.LoadUnsafe(ref d0, i);
                (Simd.LoadUnsafe(ref d0, p) - f * Simd.LoadUnsafe(ref b0, i)).StoreUnsafe(ref d0, p);
                (Simd.LoadUnsafe(ref rhs0, p) - f * Simd.LoadUnsafe(ref rhs0, i)).StoreUnsafe(ref rhs0, p);
            }
        }
        for (var u = 0; u < lanes; u += width)
        {
            var root = (nuint)(group.First + u);
            var x = Simd.LoadUnsafe(ref rhs0, root) / Simd.LoadUnsafe(ref d0, root);
            x.StoreUnsafe(ref rhs0, root);
            (Simd.LoadUnsafe(ref v0, root) + x).StoreUnsafe(ref v0, root);
        }
        for (var k = 1; k < parent.Length; k++)
        {
            var row = group.First + k * lanes;
            var parentRow = group.First + parent[k] * lanes;
            for (var u = 0; u < lanes; u += width)
            {
                var i = (nuint)(row + u);
                var p = (nuint)(parentRow + u);
                var x = (Simd.LoadUnsafe(ref rhs0, i) - Simd.LoadUnsafe(ref b0, i) * Simd.LoadUnsafe(ref rhs0, p))
                    / Simd.LoadUnsafe(ref d0, i);
                x.StoreUnsafe(ref rhs0, i);
                (Simd.LoadUnsafe(ref v0, i) + x).StoreUnsafe(ref v0, i);
            }
        }
    }

    /// <summary>The unchecked loops above rely on these; a layout that breaks them is a runtime bug.</summary>
    internal static void Check(int n, double[] rhs, double[] v, double[] cm, double[] a, double[] b, InterleavedGroup group)
    {
        if (rhs.Length != n || v.Length != n || cm.Length != n || a.Length != n || b.Length != n
            || group.Lanes % Vector<double>.Count != 0 || group.Lanes <= 0 || group.First < 0 || group.First + group.NodeCount > n)
            throw new InvalidOperationException($"interleaved group at node {group.First} ({group.Lanes} lanes) does not fit the matrix arrays ({n} nodes)");
    }
}
