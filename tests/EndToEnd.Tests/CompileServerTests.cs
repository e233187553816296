using EndToEnd.Tests.Support;

namespace EndToEnd.Tests;

/// <summary>nrnivmodl's warm compile server: a build through it writes exactly the files an
/// in-process build writes, the client's output ends while the server lives on, two clients at
/// once both build, a server that cannot start leaves the build to the client, <c>--no-server</c>
/// keeps it in-process, and <c>--shutdown-server</c> stops the server.</summary>
public sealed class CompileServerTests : IDisposable
{
    private readonly TempFolder _dir = new("e2e-server-");
    private readonly TempFolder _serverFolder = new("e2e-server-socket-");
    private readonly NrnivmodlProcess _nrnivmodl;

    public CompileServerTests() => _nrnivmodl = new NrnivmodlProcess(_serverFolder.Path);

    public void Dispose()
    {
        _nrnivmodl.Dispose();
        _serverFolder.Dispose();
        _dir.Dispose();
    }

    private string Folder(string name, params string[] mods)
    {
        var folder = Path.Combine(_dir.Path, name);
        Directory.CreateDirectory(folder);
        foreach (var mod in mods) File.Copy(Path.Combine(Paths.BuiltinMods, mod), Path.Combine(folder, mod));
        return folder;
    }

    /// <summary>Every file under the folder's x86_64/, by relative path, with its bytes.</summary>
    private static SortedDictionary<string, byte[]> Output(string folder)
    {
        var output = Path.Combine(folder, "x86_64");
        return new(Directory.GetFiles(output, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(output, f), File.ReadAllBytes), StringComparer.Ordinal);
    }

    private static void AssertSameFiles(SortedDictionary<string, byte[]> expected, SortedDictionary<string, byte[]> actual)
    {
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (file, bytes) in expected) Assert.True(bytes.AsSpan().SequenceEqual(actual[file]), $"{file} differs");
    }

    [Fact]
    public void A_build_by_the_server_is_byte_identical_to_an_in_process_build_and_the_server_outlives_the_client()
    {
        var folder = Folder("identical", "hh.mod", "ExpSyn.mod", "NetStim.mod");
        Assert.Equal(0, NrnivmodlRun.Run(folder).Exit);
        var inProcess = Output(folder);
        Directory.Delete(Path.Combine(folder, "x86_64"), recursive: true);

        // The same command as in-process (the generated code names the .mod files as given).
        var served = _nrnivmodl.Run(folder, "-v", folder);

        Assert.True(served.Exit == 0, served.Out + served.Err);
        Assert.Contains("Translating hh.mod into ", served.Out);
        var server = Assert.IsType<int>(served.Server);
        Assert.NotEqual(Environment.ProcessId, server);
        Assert.True(NrnivmodlProcess.IsRunning(server), "the server should keep running after its client ended");
        AssertSameFiles(inProcess, Output(folder));

        File.AppendAllText(Path.Combine(folder, "ExpSyn.mod"), "\nFUNCTION edited() { edited = 1 }\n");
        var again = _nrnivmodl.Run(folder, "-v", folder);
        Assert.Equal(server, again.Server);
        Assert.Contains("Translating ExpSyn.mod", again.Out);
        Assert.DoesNotContain("Translating hh.mod", again.Out);
        var rebuiltByServer = Output(folder);
        Assert.Equal(0, NrnivmodlRun.Run(folder, "--emit-cs", Path.Combine(_dir.Path, "cs")).Exit);
        AssertSameFiles(Output(folder), rebuiltByServer);

        var stop = _nrnivmodl.Run(_dir.Path, "--shutdown-server");
        Assert.Contains($"compile server (process {server}) stopped", stop.Out);
        Assert.True(NrnivmodlProcess.Ended(server), "the server should exit when asked to");
        Assert.Contains("no compile server is running", _nrnivmodl.Run(_dir.Path, "--shutdown-server").Out);
    }

    [Fact]
    public void Two_clients_at_once_both_build_through_one_server()
    {
        var first = Folder("first", "hh.mod", "pas.mod");
        var second = Folder("second", "ExpSyn.mod", "IClamp.mod");

        var one = _nrnivmodl.Start(first, "-v");
        var two = _nrnivmodl.Start(second, "-v");
        var (a, b) = (one(), two());

        Assert.True(a.Exit == 0, a.Out + a.Err);
        Assert.True(b.Exit == 0, b.Out + b.Err);
        Assert.Contains("  hh ", a.Out);
        Assert.Contains("  ExpSyn ", b.Out);
        Assert.NotNull(a.Server);
        Assert.Equal(a.Server, b.Server);
        var sim = new Nrn.Simulation(new Nrn.MechanismRegistry());
        sim.LoadMechanisms(Path.Combine(first, "x86_64", "nrnmech.dll"));
        sim.LoadMechanisms(Path.Combine(second, "x86_64", "nrnmech.dll"));
        Assert.True(sim.Registry.TryGet("pas", out _) && sim.Registry.TryGet("IClamp", out _));
    }

    [Fact]
    public void Without_a_usable_server_folder_the_client_builds_in_process()
    {
        var folder = Folder("fallback", "pas.mod");
        var blocked = Path.Combine(_dir.Path, "not-a-folder");
        File.WriteAllText(blocked, "a file where the server's folder would go");
        var nrnivmodl = new NrnivmodlProcess(Path.Combine(blocked, "server"));

        var result = nrnivmodl.Run(folder, "-v");

        Assert.True(result.Exit == 0, result.Out + result.Err);
        Assert.Null(result.Server);
        Assert.Contains("Mechanisms in x86_64/nrnmech.dll:", result.Out);
        Assert.True(File.Exists(Path.Combine(folder, "x86_64", "nrnmech.dll")));
    }

    [Fact]
    public void No_server_option_and_variable_build_in_process_and_start_no_server()
    {
        var folder = Folder("cold", "pas.mod");

        var byOption = _nrnivmodl.Run(folder, "-v", "--no-server");
        File.Delete(Path.Combine(folder, "pas.mod"));
        File.Copy(Path.Combine(Paths.BuiltinMods, "IClamp.mod"), Path.Combine(folder, "IClamp.mod"));
        using var disabled = new NrnivmodlProcess(_serverFolder.Path, new Dictionary<string, string> { ["NRNIVMODL_NO_SERVER"] = "1" });
        var byVariable = disabled.Run(folder, "-v");

        foreach (var result in new[] { byOption, byVariable })
        {
            Assert.True(result.Exit == 0, result.Out + result.Err);
            Assert.Null(result.Server);
        }
        Assert.Contains("Translating IClamp.mod", byVariable.Out);
        Assert.Empty(Directory.GetFiles(_serverFolder.Path, "*.sock"));
    }
}
