namespace Nrniv.Tests.Run;

/// <summary>NEURON's built-ins (the repository's mod/) compiled once by our nrnivmodl into a
/// temporary folder, for the scripts that need hh and IClamp.</summary>
public sealed class BuiltinMechanisms : IDisposable
{
    private readonly ScriptFolder _folder = new();

    public BuiltinMechanisms()
    {
        foreach (var mod in Directory.GetFiles(Path.Combine(NeuronSharp.Testing.RepositoryRoot.Path, "mod"), "*.mod"))
            File.Copy(mod, _folder.File(Path.GetFileName(mod)));
        var build = ToolProcess.Run("nrnivmodl", _folder.Path, _folder.Path);
        if (build.ExitCode != 0)
            throw new InvalidOperationException($"nrnivmodl failed on mod/:\n{build.Output}\n{build.Error}");
        Library = _folder.File(Path.Combine("x86_64", "nrnmech.dll"));
    }

    /// <summary>The compiled library, <c>.../x86_64/nrnmech.dll</c>.</summary>
    public string Library { get; }

    /// <summary>Gives <paramref name="folder"/> its own <c>x86_64/nrnmech.dll</c>, as nrnivmodl would have
    /// left it there, so that nrniv run started in that folder loads it as NEURON does.</summary>
    internal void InstallInto(ScriptFolder folder)
    {
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
