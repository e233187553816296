using System.Collections.Immutable;
using Nmodl.Codegen.Backends;
using Nmodl.Codegen.Ir;

namespace Nmodl.Codegen.Passes;

/// <summary><c>SOLVE proc</c> (no METHOD, or after_cvode) calls the PROCEDURE. nocmodl treats
/// its int result as a scopmath error code: <c>error = proc(); if (error) {... abort_run(error);}</c>
/// prints the mod line and stops the run. Only VERBATIM C can return something else than 0, so
/// only a procedure with VERBATIM gets the check: a non-zero result throws, naming the line, the
/// mechanism, the instance and scopmath's meaning of the code.</summary>
public static class SolvedProcedure
{
    public static bool MayFail(FunctionIr procedure) => ExprRewriter.Walk(procedure.Body).Any(s => s is VerbatimCode);

    public static ImmutableArray<Stmt> Lower(Solve solve, bool mayFail, string mechanism)
    {
        var call = Call.User(solve.BlockName);
        if (!mayFail) return [new CallStmt(call) { Location = solve.Location }];
        var code = VarRef.Local("_solve_error");
        var where = $"{Path.GetFileName(solve.Location.File)}:{solve.Location.Line}: SOLVE {solve.BlockName} of mechanism '{mechanism}'";
        var check = VerbatimCode.Placeholder(0);
        var message = CSharpNames.String(where + " returned error code ") + " + " + check + " + \" (\" + " + Meaning(check) + " + \"), instance \" + i";
        var template = $"if ({check} != 0.0) throw new InvalidOperationException({message});";
        return [new Block([new LocalDecl([code.Name]), new Assign(code, call) { Location = solve.Location }, new VerbatimCode(template, [code]) { Location = solve.Location }])];
    }

    /// <summary>scopmath's abort_run messages for its error codes (errcodes.h), by absolute value.</summary>
    private static string Meaning(string code) =>
        $"(Math.Abs((int){code}) switch {{ 1 => \"Convergence not achieved in maximum number of iterations\", " +
        "2 => \"The matrix in the solution method is singular or ill-conditioned\", " +
        "3 => \"The increment in the independent variable is less than machine roundoff error\", " +
        "4 => \"The corrector failed to satisfy the error check\", 5 => \"The corrector iteration diverged\", " +
        "6 => \"Inconsistent boundary conditions\", 7 => \"Poor starting estimate for initial conditions\", " +
        "_ => \"scopmath error\" })";
}
