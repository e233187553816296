namespace Nmodl.Codegen.Backends;

/// <summary>Writes the small dense LU solver (Gaussian elimination with partial pivoting) that
/// generated Newton and kinetic steps use; it is emitted into each mechanism so the compiled
/// assembly needs nothing beyond the runtime's ABI.</summary>
public static class DenseLuWriter
{
    public const string ClassName = "DenseLu";

    public static void Write(CodeWriter w)
    {
        w.Open($"private static class {ClassName}");
        w.Line("/// <summary>Solves a x = b in place (a is n x n row-major, destroyed; b becomes x). False when a is singular.</summary>");
        w.Open("public static bool Solve(Span<double> a, Span<double> b, int n)");
        w.Open("for (int k = 0; k < n; k++)");
        w.Line("int pivot = k;");
        w.Line("double largest = Math.Abs(a[k * n + k]);");
        w.Open("for (int r = k + 1; r < n; r++)");
        w.Line("double magnitude = Math.Abs(a[r * n + k]);");
        w.Line("if (magnitude > largest) { largest = magnitude; pivot = r; }");
        w.Close();
        w.Line("if (largest == 0.0) return false;");
        w.Open("if (pivot != k)");
        w.Line("for (int c = 0; c < n; c++) (a[k * n + c], a[pivot * n + c]) = (a[pivot * n + c], a[k * n + c]);");
        w.Line("(b[k], b[pivot]) = (b[pivot], b[k]);");
        w.Close();
        w.Open("for (int r = k + 1; r < n; r++)");
        w.Line("double factor = a[r * n + k] / a[k * n + k];");
        w.Line("if (factor == 0.0) continue;");
        w.Line("for (int c = k + 1; c < n; c++) a[r * n + c] -= factor * a[k * n + c];");
        w.Line("b[r] -= factor * b[k];");
        w.Close();
        w.Close();
        w.Open("for (int r = n - 1; r >= 0; r--)");
        w.Line("double sum = b[r];");
        w.Line("for (int c = r + 1; c < n; c++) sum -= a[r * n + c] * b[c];");
        w.Line("b[r] = sum / a[r * n + r];");
        w.Close();
        w.Line("return true;");
        w.Close();
        w.Close();
    }
}
