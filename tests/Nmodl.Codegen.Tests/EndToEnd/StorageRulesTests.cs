using System.Text.Json;
using Nmodl.Codegen.Ir;
using Nmodl.Codegen.Lowering;
using Nmodl.Codegen.Semantics;
using Nmodl.Codegen.Tests.Support;
using Nmodl.Parser.Diagnostics;
using Nmodl.Parser.Parsing;
using Xunit.Abstractions;

namespace Nmodl.Codegen.Tests.EndToEnd;

/// <summary>Where each variable lives, against nocmodl's generated C for the built-ins of mod/ and
/// Debian's NEURON demos (Oracle/storage_golden.json, from make_storage_golden.py): the variables
/// hoc sees per instance, in NEURON's order (and psection() lists, for the demos' density
/// mechanisms); the GLOBALs; and every per-instance slot
/// of the C (an ASSIGNED without GLOBAL, an ion current the mechanism writes) is per instance
/// here too, or lives in the ion when it is an ion variable the mechanism only reads. A LOCAL
/// declared outside any block (a static of nocmodl's C, unknown to hoc) is no GLOBAL either.</summary>
public sealed class StorageRulesTests(ITestOutputHelper output)
{
    private static readonly JsonElement Golden = JsonDocument.Parse(File.ReadAllText(Path.Combine(Paths.Oracle, "storage_golden.json"))).RootElement;

    public static TheoryData<string> Files() => [.. Golden.EnumerateObject().Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(Files))]
    public void Variables_are_stored_where_nocmodl_stores_them(string file)
    {
        var path = file.StartsWith("mod/", StringComparison.Ordinal)
            ? Path.Combine(Paths.RepositoryRoot, file + ".mod")
            : Path.Combine("/usr/share/nrn/demo/release", file["demo/".Length..] + ".mod");
        if (!File.Exists(path))
        {
            output.WriteLine($"NOT RUN: {path} is not installed (Debian package neuron)");
            return;
        }
        var expected = Golden.GetProperty(file);
        string[] Names(string key) => [.. expected.GetProperty(key).EnumerateArray().Select(e => e.GetString()!)];
        var bound = ModFrontEnd.LowerFile(path);
        Assert.False(bound.HasErrors, string.Join("\n", bound.Diagnostics));
        var info = bound.Mechanism!.Info;
        Assert.Equal(expected.GetProperty("mechanism").GetString(), info.Name);
        Assert.Equal(Names("range"), info.Range.Select(r => r.Name));
        if (expected.TryGetProperty("psection", out _)) Assert.Equal(Names("psection"), info.Range.Select(r => r.Name));
        Assert.Equal(Names("global").Order(), info.Globals.Select(g => g.Name).Order());

        var root = NmodlParser.ParseFile(path).Root;
        var symbols = MechanismSymbols.Build(root, new List<Diagnostic>());
        foreach (var name in Names("instance"))
        {
            Assert.True(symbols.TryResolve(name, out var value) || symbols.TryResolve(MechanismSymbols.Element(name, 0), out value), $"{file}: '{name}' is not a variable here");
            var storage = Assert.IsType<Variable>(value).Ref;
            var ionRead = storage is { Storage: Storage.Ion } && info.Currents.All(c => c.Variable.Name != name);
            Assert.True(storage.Storage == Storage.Range || ionRead, $"{file}: '{name}' is per instance in nocmodl's C but {storage.Storage} here");
        }
    }
}
