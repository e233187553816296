namespace Nmodl.Codegen.Backends;

/// <summary>Writes the small dense LU solver (Gaussian elimination with partial pivoting) that
/// generated Newton and kinetic steps use; it is emitted into each mechanism so the compiled
/// assembly needs nothing beyond the runtime's ABI.</summary>
public static class DenseLuWriter
{
    public const string ClassName = "DenseLu";

    public static void Write(CodeWriter w, IEnumerable<VectorShape> lanes)
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
        foreach (var shape in lanes) WriteLanes(w, shape);
        w.Close();
    }

    /// <summary>The same elimination on every lane of a vector at once: each lane chooses its own
    /// pivot row (by the same comparisons, in the same order) and the rows are exchanged by masked
    /// selects, so every lane performs exactly the arithmetic <c>Solve</c> performs on its numbers.
    /// Returns the mask of lanes whose matrix is singular (their results are meaningless).</summary>
    private static void WriteLanes(CodeWriter w, VectorShape shape)
    {
        var V = shape.Name;
        w.Open($"public static {V}<double> Solve(Span<{V}<double>> a, Span<{V}<double>> b, int n)");
        w.Line($"var zero = {V}<double>.Zero;");
        w.Line("var singular = zero;");
        w.Open("for (int k = 0; k < n; k++)");
        w.Line($"var pivot = {V}.Create((double)k);");
        w.Line($"var largest = {V}.Abs(a[k * n + k]);");
        w.Open("for (int r = k + 1; r < n; r++)");
        w.Line($"var magnitude = {V}.Abs(a[r * n + k]);");
        w.Line($"var larger = {V}.GreaterThan(magnitude, largest);");
        w.Line($"largest = {V}.ConditionalSelect(larger, magnitude, largest);");
        w.Line($"pivot = {V}.ConditionalSelect(larger, {V}.Create((double)r), pivot);");
        w.Close();
        w.Line($"singular |= {V}.Equals(largest, zero);");
        w.Open("for (int r = k + 1; r < n; r++)");
        w.Line($"var exchange = {V}.Equals(pivot, {V}.Create((double)r));");
        w.Line($"if ({V}.ExtractMostSignificantBits(exchange) == 0) continue;");
        w.Open("for (int c = 0; c < n; c++)");
        w.Line("var top = a[k * n + c];");
        w.Line("var other = a[r * n + c];");
        w.Line($"a[k * n + c] = {V}.ConditionalSelect(exchange, other, top);");
        w.Line($"a[r * n + c] = {V}.ConditionalSelect(exchange, top, other);");
        w.Close();
        w.Line("var topB = b[k];");
        w.Line("var otherB = b[r];");
        w.Line($"b[k] = {V}.ConditionalSelect(exchange, otherB, topB);");
        w.Line($"b[r] = {V}.ConditionalSelect(exchange, topB, otherB);");
        w.Close();
        w.Open("for (int r = k + 1; r < n; r++)");
        w.Line("var factor = a[r * n + k] / a[k * n + k];");
        w.Line("// Solve skips a row whose factor is 0; subtracting 0 * x could still turn -0 into +0 or a number into NaN.");
        w.Line($"var skip = {V}.Equals(factor, zero);");
        w.Line($"for (int c = k + 1; c < n; c++) a[r * n + c] = {V}.ConditionalSelect(skip, a[r * n + c], a[r * n + c] - factor * a[k * n + c]);");
        w.Line($"b[r] = {V}.ConditionalSelect(skip, b[r], b[r] - factor * b[k]);");
        w.Close();
        w.Close();
        w.Open("for (int r = n - 1; r >= 0; r--)");
        w.Line("var sum = b[r];");
        w.Line("for (int c = r + 1; c < n; c++) sum -= a[r * n + c] * b[c];");
        w.Line("b[r] = sum / a[r * n + r];");
        w.Close();
        w.Line("return singular;");
        w.Close();
    }
}
