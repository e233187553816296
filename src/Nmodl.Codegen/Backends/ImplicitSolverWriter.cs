using Nmodl.Codegen.Ir;
using Nmodl.Codegen.Passes;

namespace Nmodl.Codegen.Backends;

/// <summary>Writes the per-instance methods behind <see cref="NewtonStep"/> (NEURON's derivimplicit
/// via scopmath's newton: central-difference Jacobian with 2% increments, Jacobian rebuilt while
/// the relative change exceeds 0.05, converged when the relative change is at most 1e-6 and every
/// residual at most 1e-8, at most 50 iterations) and <see cref="SparseStep"/> (scopmath's sparse:
/// Newton on the kinetic system until the summed |correction| is at most 1e-6, at most 21 passes;
/// nonlinear schemes clamp states at 0; STEADYSTATE uses dt = 1e9 with NEURON's retry logic).</summary>
public static class ImplicitSolverWriter
{
    private const string Signature = "(MechanismBlock block, CellGroupState state, int i, double v)";

    public static void WriteNewton(CodeWriter w, NewtonStep step, string mechanism)
    {
        var n = step.States.Length;
        var x = new ScalarExpressions();
        var states = step.States.Select(x.Name).ToArray();
        var residual = CSharpNames.Residual(step.Name);
        var args = "block, state, i, v, dt, saved";

        w.Open($"private void {CSharpNames.Newton(step.Name)}{Signature}");
        Prologue.Write(w, [], declareDt: false, extra: step.States.Select(s => (Expr)s));
        // derivimplicit's STEADYSTATE variant runs the same Newton step with dt = 1e-9, as NEURON does.
        w.Line($"double dt = {(step.SteadyState ? "1e-9" : "state.Dt")};");
        w.Line($"Span<double> saved = stackalloc double[{n}];");
        w.Line($"Span<double> value = stackalloc double[{n}];");
        w.Line($"Span<double> high = stackalloc double[{n}];");
        w.Line($"Span<double> low = stackalloc double[{n}];");
        w.Line($"Span<double> jacobian = stackalloc double[{n * n}];");
        w.Line($"Span<double> work = stackalloc double[{n * n}];");
        w.Line($"Span<double> delta = stackalloc double[{n}];");
        for (var k = 0; k < n; k++) w.Line($"saved[{k}] = {states[k]};");
        w.Line("int count = 0;");
        w.Line("double change = 1.0;");
        w.Open("while (count++ < 50)");
        w.Open("if (change > 0.05)");
        for (var j = 0; j < n; j++)
        {
            w.Open("");
            w.Line($"double increment = Math.Abs(0.02 * {states[j]}) > 1e-6 ? Math.Abs(0.02 * {states[j]}) : 1e-6;");
            w.Line($"{states[j]} += increment;");
            w.Line($"{residual}({args}, high);");
            w.Line($"{states[j]} -= 2.0 * increment;");
            w.Line($"{residual}({args}, low);");
            w.Line($"for (int r = 0; r < {n}; r++) jacobian[r * {n} + {j}] = (high[r] - low[r]) / (2.0 * increment);");
            w.Line($"{states[j]} += increment;");
            w.Line($"{residual}({args}, value);");
            w.Close();
        }
        w.Line($"for (int r = 0; r < {n}; r++) value[r] = -value[r];");
        w.Close();
        w.Line("jacobian.CopyTo(work);");
        w.Line("value.CopyTo(delta);");
        w.Line($"if (!{DenseLuWriter.ClassName}.Solve(work, delta, {n})) throw {SingularError(step.Name)}(i);");
        w.Line("change = 0.0;");
        for (var k = 0; k < n; k++)
        {
            w.Line($"if (Math.Abs({states[k]}) > 1e-8 && Math.Abs(delta[{k}] / {states[k]}) > change) change = Math.Abs(delta[{k}] / {states[k]});");
            w.Line($"{states[k]} += delta[{k}];");
        }
        w.Line($"{residual}({args}, value);");
        w.Line("double maxDeviation = 0.0;");
        w.Open($"for (int r = 0; r < {n}; r++)");
        w.Line("value[r] = -value[r];");
        w.Line("if (Math.Abs(value[r]) > maxDeviation) maxDeviation = Math.Abs(value[r]);");
        w.Close();
        w.Line("if (change <= 1e-6 && maxDeviation <= 1e-8) break;");
        w.Line($"if (count == 50) throw {DivergenceError(step.Name)}(i);");
        w.Close();
        w.Line($"{residual}({args}, value);");
        w.Close();
        w.Line();
        WriteErrors(w, step.Name,
            $"Newton: singular Jacobian in block '{step.Name}' of mechanism '{mechanism}'",
            $"Newton iteration for block '{step.Name}' of mechanism '{mechanism}' did not converge in 50 iterations");

        var body = UniqueLocals.Apply(step.Body);
        w.Open($"private void {residual}(MechanismBlock block, CellGroupState state, int i, double v, double dt, ReadOnlySpan<double> saved, Span<double> value)");
        Prologue.Write(w, body, declareDt: false, extra: step.States.Select(s => (Expr)s));
        w.Line("int node = nodeIndex[i];");
        new ScalarStatements(w, x).Write(body);
        ScalarStatements.LineDirective(w, SourceLocation.None);
        for (var k = 0; k < n; k++)
            w.Line(step.Algebraic
                ? $"value[{k}] = {CSharpNames.Local(step.DerivativeLocals[k])};"
                : $"value[{k}] = {CSharpNames.Local(step.DerivativeLocals[k])} - ({states[k]} - saved[{k}]) / dt;");
        w.Close();
        w.Line();
    }

    public static void WriteSparse(CodeWriter w, SparseStep step, string mechanism)
    {
        var n = step.States.Length;
        var x = new ScalarExpressions();
        var states = step.States.Select(x.Name).ToArray();
        var iterate = "Iterate" + CSharpNames.Sparse(step.Name);
        var matrix = CSharpNames.Matrix(step.Name);

        w.Open($"private void {CSharpNames.Sparse(step.Name)}{Signature}");
        if (step.Direct)
        {
            WriteDirect(w, step, matrix, states);
            w.Close();
            w.Line();
            WriteErrors(w, step.Name, $"LINEAR block '{step.Name}' of mechanism '{mechanism}' has a singular matrix", "");
            WriteMatrix(w, step, matrix, n, x);
            return;
        }
        if (!step.SteadyState)
        {
            w.Line($"{iterate}(block, state, i, v, state.Dt, {(step.Linear ? "true" : "false")});");
        }
        else if (step.Linear)
        {
            w.Line($"{iterate}(block, state, i, v, 1e9, false);");
        }
        else
        {
            Prologue.Write(w, [], declareDt: false, extra: step.States.Select(s => (Expr)s));
            w.Open("for (int attempt = 0; attempt < 7; attempt++)");
            w.Line($"{iterate}(block, state, i, v, 1e9, true);");
            w.Line("bool nonNegative = true;");
            foreach (var s in states) w.Line($"if ({s} < -1e-6) {{ {s} = 0.0; nonNegative = false; }}");
            w.Line($"if (nonNegative) {{ {iterate}(block, state, i, v, 1e9, false); return; }}");
            w.Close();
            w.Line($"throw new InvalidOperationException({CSharpNames.String($"STEADYSTATE sparse: KINETIC block '{step.Name}' of mechanism '{mechanism}' found no non-negative steady state")} + \" (instance \" + i + \")\");");
        }
        w.Close();
        w.Line();

        w.Open($"private void {iterate}(MechanismBlock block, CellGroupState state, int i, double v, double dt, bool linear)");
        Prologue.Write(w, [], declareDt: false, extra: step.States.Select(s => (Expr)s));
        w.Line($"Span<double> saved = stackalloc double[{n}];");
        w.Line($"Span<double> matrix = stackalloc double[{n * n}];");
        w.Line($"Span<double> b = stackalloc double[{n}];");
        for (var k = 0; k < n; k++) w.Line($"saved[{k}] = {states[k]};");
        w.Open("for (int pass = 0; ; pass++)");
        w.Line("matrix.Clear();");
        w.Line("b.Clear();");
        w.Line($"{matrix}(block, state, i, v, dt, saved, matrix, b);");
        w.Line($"if (!{DenseLuWriter.ClassName}.Solve(matrix, b, {n})) throw {SingularError(step.Name)}(i);");
        w.Line("double error = 0.0;");
        for (var k = 0; k < n; k++)
        {
            w.Line($"{states[k]} += b[{k}];");
            w.Line($"if (!linear && {states[k]} < 0.0) {states[k]} = 0.0;");
            w.Line($"error += Math.Abs(b[{k}]);");
        }
        w.Line($"if (pass > 20) throw {DivergenceError(step.Name)}(i);");
        w.Line("if (linear || error <= 1e-6) break;");
        w.Close();
        w.Line("// As NEURON's sparse(): one more evaluation so that what the block assigns (cai = ca[0], fluxes) follows the final states.");
        w.Line("matrix.Clear();");
        w.Line("b.Clear();");
        w.Line($"{matrix}(block, state, i, v, dt, saved, matrix, b);");
        w.Close();
        w.Line();
        WriteErrors(w, step.Name,
            $"sparse: singular matrix in KINETIC block '{step.Name}' of mechanism '{mechanism}'",
            $"sparse: KINETIC block '{step.Name}' of mechanism '{mechanism}' did not converge in 21 Newton passes");

        WriteMatrix(w, step, matrix, n, x);
    }

    /// <summary>The method building the exception for a singular system of block <paramref name="block"/>;
    /// the scalar and the vectorized steps both throw what it returns.</summary>
    public static string SingularError(string block) => "SingularError_" + CSharpNames.Sanitize(block);

    /// <summary>The method building the exception for an iteration of block <paramref name="block"/> that did not converge.</summary>
    public static string DivergenceError(string block) => "DivergenceError_" + CSharpNames.Sanitize(block);

    private static void WriteErrors(CodeWriter w, string block, string singular, string divergence)
    {
        w.Line($"private static InvalidOperationException {SingularError(block)}(int instance) => new({CSharpNames.String(singular)} + \" (instance \" + instance + \")\");");
        if (divergence.Length > 0)
            w.Line($"private static InvalidOperationException {DivergenceError(block)}(int instance) => new({CSharpNames.String(divergence)} + \" (instance \" + instance + \")\");");
        w.Line();
    }

    private static void WriteDirect(CodeWriter w, SparseStep step, string matrix, string[] states)
    {
        var n = step.States.Length;
        Prologue.Write(w, [], declareDt: false, extra: step.States.Select(s => (Expr)s));
        w.Line($"Span<double> saved = stackalloc double[{n}];");
        w.Line($"Span<double> matrix = stackalloc double[{n * n}];");
        w.Line($"Span<double> b = stackalloc double[{n}];");
        w.Line($"{matrix}(block, state, i, v, state.Dt, saved, matrix, b);");
        w.Line($"if (!{DenseLuWriter.ClassName}.Solve(matrix, b, {n})) throw {SingularError(step.Name)}(i);");
        for (var k = 0; k < n; k++) w.Line($"{states[k]} = b[{k}];");
    }

    private static void WriteMatrix(CodeWriter w, SparseStep step, string matrix, int n, ScalarExpressions x)
    {
        var body = UniqueLocals.Apply(step.Body);
        w.Open($"private void {matrix}(MechanismBlock block, CellGroupState state, int i, double v, double dt, ReadOnlySpan<double> saved, Span<double> matrix, Span<double> b)");
        Prologue.Write(w, body, declareDt: false);
        w.Line("int node = nodeIndex[i];");
        new ScalarStatements(w, x, n).Write(body);
        w.Close();
        w.Line();
    }
}
