using Nmodl.Parser.Syntax;
using Nmodl.Parser.Tests.Support;

namespace Nmodl.Parser.Tests.Parsing;

/// <summary>Precedence and associativity follow nocmodl's yacc table (parse1.ypp).</summary>
public class ExpressionTests
{
    [Theory]
    [InlineData("a + b * c", "(a + (b * c))")]
    [InlineData("a - b - c", "((a - b) - c)")]
    [InlineData("a / b / c", "((a / b) / c)")]
    [InlineData("a ^ b ^ c", "(a ^ (b ^ c))")]
    [InlineData("-x^2", "(-(x ^ 2))")]
    [InlineData("2^-x", "(2 ^ (-x))")]
    [InlineData("2^-x*3", "((2 ^ (-x)) * 3)")]
    [InlineData("-a*b", "((-a) * b)")]
    [InlineData("a < b && c >= d || e", "(((a < b) && (c >= d)) || e)")]
    [InlineData("a == b != c", "((a == b) != c)")]
    [InlineData("!a && b", "((!a) && b)")]
    [InlineData("!(a && b)", "(!(a && b))")]
    [InlineData("(a + b) * c", "((a + b) * c)")]
    [InlineData("a <= b + 1", "(a <= (b + 1))")]
    [InlineData("a > -65", "(a > (-65))")]
    [InlineData("exp(-v/10) + f(a, b)", "(exp(((-v) / 10)) + f(a, b))")]
    [InlineData("x[i+1]*2", "(x[i + 1] * 2)")]
    public void PrecedenceMatchesNocmodl(string text, string shape) =>
        Assert.Equal(shape, Tree.Shape(Parse.Expression(text)));

    [Theory]
    [InlineData("1e-3", 1e-3)]
    [InlineData(".5", 0.5)]
    [InlineData("5.", 5.0)]
    [InlineData("1.5E+3", 1500.0)]
    [InlineData("96485.309", 96485.309)]
    [InlineData("0", 0.0)]
    public void ScientificLiterals(string text, double value)
    {
        var number = Assert.IsType<NumberExpression>(Parse.Expression(text));
        Assert.Equal(value, number.Value);
        Assert.Equal(text, number.Text);
    }

    [Fact]
    public void NumberWithUnitInsideExpression()
    {
        var number = Assert.IsType<NumberExpression>(Parse.Expression("2 (mV)"));
        Assert.Equal("mV", number.Unit?.Text);
    }

    [Fact]
    public void CallWithStringArgument()
    {
        var call = Assert.IsType<CallExpression>(Assert.IsType<ExpressionStatement>(Parse.Statement("printf(\"v=%g\\n\", v)")).Expression);
        Assert.Equal("printf", call.Function);
        Assert.Equal("v=%g\\n", Assert.IsType<StringExpression>(call.Arguments[0]).Value);
        Assert.Equal("v", Assert.IsType<NameExpression>(call.Arguments[1]).Name);
    }

    [Fact]
    public void EmptyArgumentList()
    {
        var call = Assert.IsType<CallExpression>(Parse.Expression("random()"));
        Assert.Empty(call.Arguments);
    }

    [Fact]
    public void ExpressionSpansCoverTheirText()
    {
        var expression = Parse.Expression("a  +  b*c");
        Assert.Equal(9, expression.Span.Length);
        Assert.Equal(2, expression.Span.Line);
        Assert.Equal(5, expression.Span.Column);
    }
}
