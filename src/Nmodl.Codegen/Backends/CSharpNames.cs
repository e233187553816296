using System.Globalization;
using Nmodl.Codegen.Ir;
using Nrn.Abi;

namespace Nmodl.Codegen.Backends;

/// <summary>How IR entities are named in generated C#. Every NMODL name gets a prefix so it can
/// never collide with a C# keyword or with the generated code's own variables.</summary>
public static class CSharpNames
{
    public static string Local(string name) => "l_" + Sanitize(name);
    public static string Parameter(string name) => "a_" + Sanitize(name);
    public static string FieldArray(VarRef r) => $"f{r.Index}_{Sanitize(r.Name)}";
    public static string IonArray(int binding, IonField field) => $"ion{binding}_{field}";
    public static string IonIndex(int binding) => $"ion{binding}_index";
    public static string Function(string name) => "F_" + Sanitize(name);
    public static string RawFunction(string name) => "Raw_" + Sanitize(name);
    public static string TableCheck(string name) => "CheckTable_" + Sanitize(name);
    public static string Table(string function, string target) => $"_table_{Sanitize(function)}_{Sanitize(target)}";
    public static string TableMin(string function) => "_tmin_" + Sanitize(function);
    public static string TableScale(string function) => "_mfac_" + Sanitize(function);
    public static string Newton(string block) => "Newton_" + Sanitize(block);
    public static string Sparse(string block) => "Sparse_" + Sanitize(block);
    public static string Residual(string block) => "Residual_" + Sanitize(block);
    public static string Matrix(string block) => "Matrix_" + Sanitize(block);

    public static string Sanitize(string name) =>
        string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) || c == '_' ? c.ToString() : $"_{(int)c:x}_"));

    /// <summary>A C# double literal that round-trips exactly.</summary>
    public static string Literal(double value)
    {
        if (double.IsNaN(value)) return "double.NaN";
        if (double.IsPositiveInfinity(value)) return "double.PositiveInfinity";
        if (double.IsNegativeInfinity(value)) return "double.NegativeInfinity";
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        if (!text.Contains('.') && !text.Contains('E')) text += ".0";
        return value < 0 ? $"({text})" : text;
    }

    public static string String(string value) =>
        "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n") + "\"";
}
