using System.Collections.Immutable;
using System.Text;

namespace Nmodl.Codegen.Ir;

/// <summary>C# translated from a VERBATIM block inside an NMODL block. Each mechanism variable the C
/// reaches is written in <see cref="Template"/> as a placeholder for one of <see cref="Operands"/>
/// (always <see cref="Variable"/>s), so that the passes that rename or relocate variables (inlining,
/// unique locals) treat them like any other; the backend prints each operand's storage in its place.</summary>
public sealed record VerbatimCode(string Template, ImmutableArray<Expr> Operands) : Stmt
{
    private const char Open = '\u27E6';
    private const char Close = '\u27E7';

    /// <summary>The text that stands for operand <paramref name="index"/> (not valid C or C#, so it cannot clash with either).</summary>
    public static string Placeholder(int index) => $"{Open}{index}{Close}";

    /// <summary>The C# code with every placeholder replaced by <paramref name="operand"/>'s text for its operand.</summary>
    public string Render(Func<Expr, string> operand)
    {
        var text = new StringBuilder();
        var at = 0;
        while (Template.IndexOf(Open, at) is var start and >= 0)
        {
            var end = Template.IndexOf(Close, start);
            text.Append(Template, at, start - at);
            text.Append(operand(Operands[int.Parse(Template.AsSpan(start + 1, end - start - 1), System.Globalization.CultureInfo.InvariantCulture)]));
            at = end + 1;
        }
        return text.Append(Template, at, Template.Length - at).ToString();
    }
}
