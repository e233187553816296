using System.Text.Json;

namespace Nrniv.Tests.Trace;

/// <summary>The command line of <c>nrniv trace</c>: bad input is one line and exit status 2, and the
/// output folder is either complete or untouched.</summary>
[Collection(CompiledLibrariesCollection.Name)]
public sealed class TraceCommandTests(CompiledLibraries libraries) : IDisposable
{
    private readonly TraceFolder _work = TraceFolder.Empty();

    [Fact]
    public void An_unknown_mechanism_is_one_line_naming_it_and_what_the_library_has()
    {
        var run = TraceRunner.Run(libraries.Own, "nosuch", _work.File("out"));
        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("nrniv trace: error: --mech nosuch: no such mechanism in ", line);
        Assert.Contains("kinchan", line);
        Assert.False(Directory.Exists(_work.File("out")));
    }

    [Fact]
    public void A_library_folder_without_a_build_is_named()
    {
        var run = TraceRunner.Run(_work.Path, "hh", _work.File("out"));
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"nrniv trace: error: --lib {_work.Path}: no x86_64/nrnmech.dll in this folder (build it with nrnivmodl {_work.Path})", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void A_file_that_is_not_a_library_is_a_failed_load()
    {
        var fake = _work.With("fake.dll", "not an assembly").File("fake.dll");
        var run = TraceRunner.Run(fake, "hh", _work.File("out"));
        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"nrniv trace: error: --lib: cannot load {fake}: ", line);
    }

    [Theory]
    [InlineData("--amps", "0.1", "--amps 0.1: give two finite amplitudes in nA, e.g. --amps 0.1,0.4")]
    [InlineData("--amps", "0.1,x", "--amps 0.1,x: 'x' is not a number (give two amplitudes in nA, e.g. --amps 0.1,0.4)")]
    [InlineData("--dt", "0", "--dt 0: must be a positive number of ms")]
    [InlineData("--tstop", "-5", "--tstop -5: must be a positive number of ms")]
    [InlineData("--record-dt", "-0.1", "--record-dt -0.1: must be 0 (every step) or a positive number of ms")]
    public void Bad_values_are_one_line_naming_the_option(string option, string value, string message)
    {
        var run = TraceRunner.Run(null, "hh", _work.File("out"), option, value);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("nrniv trace: error: " + message, Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void A_missing_required_option_is_a_usage_error()
    {
        var run = CliRun.Of("trace", "--mech", "hh");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--out", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void A_failed_run_leaves_an_existing_output_folder_as_it_was_and_no_temporary_folder()
    {
        var target = Directory.CreateDirectory(_work.File("out")).FullName;
        File.WriteAllText(Path.Combine(target, "keep.txt"), "old");
        var run = TraceRunner.Run(libraries.Own, "nosuch", target);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["keep.txt"], Directory.GetFiles(target).Select(Path.GetFileName));
        Assert.Equal(["out"], Directory.GetDirectories(_work.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_successful_run_replaces_the_output_folder_with_the_protocol_files_only()
    {
        var target = Directory.CreateDirectory(_work.File("out")).FullName;
        File.WriteAllText(Path.Combine(target, "stale.csv"), "t,v\n0,1\n");
        var run = TraceRunner.Run(null, "pas", target, "--tstop", "2");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("OK pas density iclamp_steps iclamp_1.csv,iclamp_2.csv", run.Output.Trim());
        Assert.Equal(["iclamp_1.csv", "iclamp_2.csv", "meta.json"], Directory.GetFiles(target).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(["out"], Directory.GetDirectories(_work.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Given_amplitudes_are_used_and_recorded_with_the_input_resistance()
    {
        var target = _work.File("out");
        var run = TraceRunner.Run(null, "pas", target, "--tstop", "60", "--amps", "0.01,-0.02");
        Assert.True(run.ExitCode == 0, run.Error);
        var meta = JsonDocument.Parse(File.ReadAllText(Path.Combine(target, "meta.json"))).RootElement;
        Assert.Equal([0.01, -0.02], meta.GetProperty("amps_nA").EnumerateArray().Select(a => a.GetDouble()));
        Assert.Equal("--amps", meta.GetProperty("amps_from").GetString());
        // pas alone: Rin = 1 / (g area) = 1 / (1e-4 S/cm2 * pi * 20 um * 20 um) = 795.77 MOhm.
        var rin = meta.GetProperty("rin_MOhm").GetDouble();
        Assert.Equal(1e-6 / (1e-4 * Math.PI * 400 * 1e-8), rin, 1e-9 * rin);
        // The 50 ms step charges the membrane (tau = cm / g = 10 ms) towards -65 + amp * Rin; backward
        // Euler with dt = 0.025 ms takes 2000 steps of factor 1 / (1 + dt / tau).
        var lines = File.ReadAllLines(Path.Combine(target, "iclamp_1.csv"));
        var atStepEnd = lines.Single(l => l.StartsWith("55,", StringComparison.Ordinal)).Split(',');
        var expected = -65 + 0.01 * rin * (1 - Math.Pow(1 + 0.025 / 10, -2000));
        Assert.Equal(expected, double.Parse(atStepEnd[1], System.Globalization.CultureInfo.InvariantCulture), 1e-6);
    }

    [Fact]
    public void An_artificial_cell_writes_its_spikes()
    {
        // IntFire1 (tau 10 ms, refractory 5 ms) driven with weight 1 at 5, 15, 25, 35, 45 ms: m reaches
        // exactly 1 at 5 (no spike), 1 + e^-1 at 15 (spike), 1 after the refractory reset at 25, 1 + e^-1 at 35.
        var target = _work.File("out");
        var run = TraceRunner.Run(null, "IntFire1", target);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(["spike_t", "15", "35"], File.ReadAllLines(Path.Combine(target, "spikes.csv")));
        var meta = JsonDocument.Parse(File.ReadAllText(Path.Combine(target, "meta.json"))).RootElement;
        Assert.Equal("artificial_netstim", meta.GetProperty("protocol").GetString());
        Assert.Equal(2, meta.GetProperty("n_spikes").GetInt32());
    }

    public void Dispose() => _work.Dispose();
}
