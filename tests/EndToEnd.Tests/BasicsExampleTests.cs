using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using EndToEnd.Tests.Support;
using Xunit.Abstractions;

namespace EndToEnd.Tests;

/// <summary>examples/Basics run as a user runs it, on the built-ins compiled by nrnivmodl: its CSV
/// against NEURON's trace of the same seed, its printed topology against NEURON's.</summary>
public sealed class BasicsExampleTests(BuiltinLibrary builtins, ITestOutputHelper output) : IClassFixture<BuiltinLibrary>, IDisposable
{
    private readonly TempFolder _dir = new("e2e-example-");

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void The_example_writes_NEURONs_trace()
    {
        var csv = Path.Combine(_dir.Path, "v.csv");
        var (exit, stdout, stderr) = RunExample("--mechs", builtins.LibraryPath, "--csv", csv);
        Assert.True(exit == 0, stderr);
        var golden = JsonDocument.Parse(File.ReadAllText(Paths.SeedGolden)).RootElement;
        Assert.StartsWith(golden.GetProperty("basics_topology_new_soma").GetString(), stdout.ReplaceLineEndings("\n"));

        var rows = File.ReadAllLines(csv).Skip(1).Select(l => l.Split(',').Select(x => double.Parse(x, CultureInfo.InvariantCulture)).ToArray()).ToArray();
        var v = golden.GetProperty("basics_trace").GetProperty("v").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        Assert.Equal(v.Length, rows.Length);
        var dv = rows.Zip(v, (row, want) => Math.Abs(row[1] - want)).Max();
        output.WriteLine($"{rows.Length} rows, max |v - v_NEURON| = {dv:E2} mV");
        Assert.True(dv <= 1e-6, $"v differs from NEURON's by {dv} mV");
    }

    [Fact]
    public void A_missing_library_is_a_clear_error()
    {
        var missing = Path.Combine(_dir.Path, "none.dll");
        var (exit, _, stderr) = RunExample("--mechs", missing);
        Assert.Equal(1, exit);
        Assert.Contains(missing, stderr);
    }

    private static (int Exit, string Out, string Err) RunExample(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Basics.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr);
    }
}
