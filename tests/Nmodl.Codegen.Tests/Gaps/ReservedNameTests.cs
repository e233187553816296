using System.Text.Json;
using Nmodl.Codegen.Lowering;
using Nmodl.Codegen.Semantics;
using Nmodl.Codegen.Tests.Support;

namespace Nmodl.Codegen.Tests.Gaps;

/// <summary>Names nocmodl reserves: NEURON 8.2.2's nocmodl refuses to declare <c>step</c>,
/// <c>exp</c>, ... (its table of functions a mod file may call) as a PARAMETER, ASSIGNED, STATE,
/// CONSTANT, FUNCTION, PROCEDURE or FUNCTION_TABLE, and accepts them as a LOCAL or an argument
/// (Oracle/names_golden.json, from make_names_golden.py running nocmodl on each case). The binder
/// refuses exactly the same declarations, at the name, and accepts the others.</summary>
public sealed class ReservedNameTests
{
    private static readonly JsonElement Golden = JsonDocument.Parse(File.ReadAllText(Path.Combine(Paths.Oracle, "names_golden.json"))).RootElement;

    public static TheoryData<string, string, bool> Cases()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var c in Golden.GetProperty("cases").EnumerateArray())
            data.Add(c.GetProperty("name").GetString()!, c.GetProperty("declaration").GetString()!, c.GetProperty("refused").GetBoolean());
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_binder_refuses_what_nocmodl_refuses(string name, string declaration, bool refused)
    {
        var text = Golden.GetProperty("templates").GetProperty(declaration).GetString()!.Replace("{{", "{").Replace("}}", "}").Replace("{n}", name);
        var result = ModFrontEnd.LowerText(text, "nm.mod");
        var reserved = result.Diagnostics.Where(d => d.Id == $"NMODL{(int)BinderCode.ReservedName:D4}").ToList();
        if (!refused)
        {
            Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
            return;
        }
        var error = Assert.Single(reserved);
        Assert.True(error.IsError);
        Assert.Equal(name, text.Substring(error.Span.Offset, name.Length));
        Assert.Contains($"'{name}' is a reserved word", error.Message);
    }
}
