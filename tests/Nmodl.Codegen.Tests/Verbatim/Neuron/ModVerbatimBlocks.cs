using Nmodl.Codegen.Verbatim;

namespace Nmodl.Codegen.Tests.Verbatim.Neuron;

/// <summary>A VERBATIM block of a mod file: its text, where it starts, and the FUNCTION or PROCEDURE it sits in
/// (null at file scope).</summary>
internal sealed record ModVerbatimBlock(string Text, VerbatimOrigin Origin, string? Enclosing, string? Name);

/// <summary>
/// Finds the VERBATIM blocks of a simple mod file until the NMODL parser hands them over: a block is a
/// `VERBATIM` line up to an `ENDVERBATIM` line, inside the FUNCTION or PROCEDURE whose header line opened
/// the braces around it.
/// </summary>
internal static class ModVerbatimBlocks
{
    public static IReadOnlyList<ModVerbatimBlock> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var blocks = new List<ModVerbatimBlock>();
        var depth = 0;
        string? header = null;
        var inComment = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line == "COMMENT" || line == "ENDCOMMENT")
            {
                inComment = line == "COMMENT";
                continue;
            }
            if (inComment)
            {
                continue;
            }
            if (line == "VERBATIM")
            {
                var end = Array.FindIndex(lines, i + 1, l => l.Trim() == "ENDVERBATIM");
                var text = string.Join("\n", lines[(i + 1)..end]) + "\n";
                var enclosing = depth > 0 ? header : null;
                var name = enclosing?.Split(' ', '(')[1];
                blocks.Add(new ModVerbatimBlock(text, new VerbatimOrigin(Path.GetFileName(path), i + 2, 1), enclosing, name));
                i = end;
                continue;
            }
            if (depth == 0 && line.Contains('{'))
            {
                header = line;
            }
            depth += line.Count(c => c == '{') - line.Count(c => c == '}');
        }
        return blocks;
    }
}
