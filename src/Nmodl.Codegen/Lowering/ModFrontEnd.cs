using Nmodl.Parser.Parsing;

namespace Nmodl.Codegen.Lowering;

/// <summary>.mod text or file to <see cref="BindResult"/>: parse, then bind when parsing found no error.</summary>
public static class ModFrontEnd
{
    public static BindResult LowerFile(string path, ParseOptions? options = null) => Lower(NmodlParser.ParseFile(path, options));

    public static BindResult LowerText(string text, string path = "input.mod", ParseOptions? options = null) =>
        Lower(NmodlParser.ParseText(text, path, options));

    private static BindResult Lower(ParseResult parse)
    {
        if (parse.HasErrors) return new BindResult(null, parse.Diagnostics);
        var bound = ModLowering.Bind(parse.Root);
        return bound with { Diagnostics = [.. parse.Diagnostics, .. bound.Diagnostics] };
    }
}
