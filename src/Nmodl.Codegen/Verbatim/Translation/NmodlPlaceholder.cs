using System.Globalization;
using Nmodl.Codegen.Verbatim.Syntax;

namespace Nmodl.Codegen.Verbatim.Translation;

/// <summary>
/// Where NMODL statements sit in C that is split across VERBATIM blocks: the joined C reads them as a
/// call <c>_nmodl_statements_K();</c>, the translated C# as a marker line that the compiler replaces by
/// the code of those statements, as nocmodl pastes its C for them between the VERBATIM texts.
/// </summary>
internal static class NmodlPlaceholder
{
    private const string Prefix = "_nmodl_statements_";
    private const char Open = '\u27EA';
    private const char Close = '\u27EB';

    /// <summary>The C statement that stands for the <paramref name="index"/>th run of NMODL statements.</summary>
    public static string CStatement(int index) => $"{Prefix}{index.ToString(CultureInfo.InvariantCulture)}();";

    /// <summary>The run of NMODL statements <paramref name="statement"/> stands for, or null.</summary>
    public static int? Index(CStatement statement) =>
        statement is CExpressionStatement { Expression: CCall { Callee: CIdentifier { Name: var name }, Arguments.Count: 0 } }
            && name.StartsWith(Prefix, StringComparison.Ordinal)
            && int.TryParse(name.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            ? index
            : null;

    /// <summary>The C# line that marks where the run goes.</summary>
    public static string Marker(int index) => $"{Open}{index.ToString(CultureInfo.InvariantCulture)}{Close}";

    /// <summary>The run a C# line marks, or null.</summary>
    public static int? MarkerIndex(string line)
    {
        var text = line.Trim();
        return text.Length > 2 && text[0] == Open && text[^1] == Close
            && int.TryParse(text.AsSpan(1, text.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            ? index
            : null;
    }
}
