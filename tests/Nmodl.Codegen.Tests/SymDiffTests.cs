using Nmodl.Codegen.Ir;
using Nmodl.Codegen.Passes;
using Nmodl.Codegen.Tests.Support;

namespace Nmodl.Codegen.Tests;

/// <summary>Symbolic derivatives checked against central finite differences at random points.</summary>
public sealed class SymDiffTests
{
    private static readonly VarRef X = VarRef.Local("x");
    private static readonly VarRef Y = VarRef.Range("y", 0);

    public static TheoryData<string, Expr> Expressions() => new()
    {
        { "cubic polynomial", 3.0 * (Expr)X * X * X - 2.0 * (Expr)X * X + (Expr)X * Y - 7.0 },
        { "power with constant exponent", new Binary(BinaryOp.Power, (Expr)X + 4.0, 3.5) },
        { "power with variable exponent", new Binary(BinaryOp.Power, (Expr)Y + 3.0, X) },
        { "pow call", Call.Math("pow", (Expr)X * X + 1.0, Y) },
        { "exp of a quotient", Call.Math("exp", -((Expr)X + 40.0) / 10.0) },
        { "log", Call.Math("log", (Expr)X * X + 2.0) * Y },
        { "quotient of functions", ((Expr)X - Y) / (1.0 - Call.Math("exp", -((Expr)X - Y) / 9.0)) },
        { "hh alpha_m", 0.1 * ((Expr)X + 40.0) / (1.0 - Call.Math("exp", -((Expr)X + 40.0) / 10.0)) },
        { "trigonometric and hyperbolic", Call.Math("sin", X) * Call.Math("cos", (Expr)X * Y) + Call.Math("tanh", (Expr)X / 3.0) },
        { "sqrt and atan", Call.Math("sqrt", (Expr)X * X + 1.0) + Call.Math("atan", (Expr)X * Y) },
        { "nested negation", -(-((Expr)X * X) / Y) },
    };

    [Theory]
    [MemberData(nameof(Expressions))]
    public void Derivative_matches_finite_differences(string description, Expr f)
    {
        var dfdx = SymDiff.Differentiate(f, X);
        var random = new Random(1234);
        for (var trial = 0; trial < 200; trial++)
        {
            var x = random.NextDouble() * 6 - 3;
            var y = random.NextDouble() * 4 + 0.5;
            const double h = 1e-6;
            double At(double xv) => Evaluator.Eval(f, new Dictionary<VarRef, double> { [X] = xv, [Y] = y });
            var numeric = (At(x + h) - At(x - h)) / (2 * h);
            var symbolic = Evaluator.Eval(dfdx, new Dictionary<VarRef, double> { [X] = x, [Y] = y });
            Assert.True(Math.Abs(numeric - symbolic) <= 1e-6 * Math.Max(1, Math.Abs(numeric)),
                $"{description}: d/dx at x={x}, y={y} is {symbolic} symbolically but {numeric} numerically ({dfdx})");
        }
    }

    [Fact]
    public void Derivative_of_an_expression_free_of_x_is_zero()
    {
        Assert.Equal(new Number(0), SymDiff.Differentiate(Call.Math("exp", (Expr)Y * 2.0) + Y, X));
    }

    [Fact]
    public void Simplification_removes_identities_and_folds_constants()
    {
        Assert.Equal((Expr)Y, Simplifier.Simplify(0.0 + (Expr)Y * 1.0 - 0.0 * (Expr)X));
        Assert.Equal(new Number(Math.Exp(2.0) * 3.0), Simplifier.Simplify(Call.Math("exp", 1.0 + 1.0) * 3.0));
    }

    [Fact]
    public void A_user_function_cannot_be_differentiated_and_the_error_says_what()
    {
        var error = Assert.Throws<NotSupportedException>(() => SymDiff.Differentiate(Call.User("rates", X), X));
        Assert.Contains("rates", error.Message);
    }
}
