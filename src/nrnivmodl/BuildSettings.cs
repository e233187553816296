using Nmodl.Codegen.Backends;
using Nmodl.Parser.Parsing;

namespace Nrnivmodl;

/// <summary>What one <c>nrnivmodl</c> run is asked to do.</summary>
internal sealed record BuildSettings(
    string OutputFolder,
    bool CheckOnly,
    string? EmitCsFolder,
    bool Scalar,
    bool Verbose,
    ParseOptions ParseOptions)
{
    public const string LibraryName = "nrnmech.dll";

    public string LibraryPath => Path.Combine(OutputFolder, LibraryName);

    /// <summary>The XML documentation of the typed accessors (units, kinds, defaults), beside the
    /// library so that an IDE shows it to a project referencing <c>nrnmech.dll</c>.</summary>
    public string DocumentationPath => Path.Combine(OutputFolder, "nrnmech.xml");

    /// <summary>Where each .mod file's generated C# is kept for the next build (<see cref="TranslationCache"/>).</summary>
    public string CacheFolder => Path.Combine(OutputFolder, TranslationCache.FolderName);

    public string ManifestPath => Path.Combine(OutputFolder, BuildManifest.FileName);

    public BackendOptions Backend => Scalar ? BackendOptions.Scalar : new BackendOptions();

    /// <summary>The options that change the generated code or which INCLUDE files are found, as
    /// recorded in the manifest.</summary>
    public string ManifestOptions =>
        string.Join(Path.PathSeparator, ParseOptions.IncludePaths.Select(Path.GetFullPath).Prepend(Scalar ? "scalar" : "simd"));
}
