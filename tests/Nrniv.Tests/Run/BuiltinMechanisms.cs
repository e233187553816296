namespace Nrniv.Tests.Run;

/// <summary>NEURON's built-ins (hh, IClamp, ...) for the scripts that need them. When nrniv does not
/// already have them (the runtime may ship them itself), the repository's mod/ is compiled once by
/// our nrnivmodl into a temporary folder, to be given to each test's folder as <c>x86_64/nrnmech.dll</c>.</summary>
public sealed class BuiltinMechanisms : IDisposable
{
    private readonly ScriptFolder _folder = new();

    public BuiltinMechanisms()
    {
        var probe = _folder.Write("probe.csx", "Console.Write(sim.Registry.TryGet(\"hh\", out _));\n");
        var known = ToolProcess.Run("nrniv", _folder.Path, "run", "--no-cache", probe);
        if (known.ExitCode != 0) throw new InvalidOperationException($"nrniv run failed on a one-line script:\n{known.Error}");
        if (known.Output == "True") return;

        foreach (var mod in Directory.GetFiles(Path.Combine(NeuronSharp.Testing.RepositoryRoot.Path, "mod"), "*.mod"))
            File.Copy(mod, _folder.File(Path.GetFileName(mod)));
        var build = ToolProcess.Run("nrnivmodl", _folder.Path, _folder.Path);
        if (build.ExitCode != 0)
            throw new InvalidOperationException($"nrnivmodl failed on mod/:\n{build.Output}\n{build.Error}");
        Library = _folder.File(Path.Combine("x86_64", "nrnmech.dll"));
    }

    /// <summary>The compiled library, <c>.../x86_64/nrnmech.dll</c>; null when nrniv has the built-ins itself.</summary>
    public string? Library { get; }

    /// <summary>Gives <paramref name="folder"/> its own <c>x86_64/nrnmech.dll</c> of the built-ins, as
    /// nrnivmodl would have left it there, so that nrniv run started in that folder loads it as
    /// NEURON does (nothing to do when nrniv has them itself).</summary>
    internal void InstallInto(ScriptFolder folder)
    {
        if (Library is null) return;
        Directory.CreateDirectory(folder.File("x86_64"));
        File.Copy(Library, folder.File(Path.Combine("x86_64", "nrnmech.dll")));
    }

    public void Dispose() => _folder.Dispose();
}

[CollectionDefinition(Name)]
public sealed class BuiltinMechanismsCollection : ICollectionFixture<BuiltinMechanisms>
{
    public const string Name = "built-in mechanisms compiled by nrnivmodl";
}
