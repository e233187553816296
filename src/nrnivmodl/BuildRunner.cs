using Nmodl;
using Nmodl.Codegen;
using Nmodl.Codegen.Accessors;
using Nmodl.Codegen.Emit;
using Nmodl.Codegen.Ir;
using Nmodl.Codegen.Lowering;
using Nmodl.Parser.Diagnostics;
using Nmodl.Parser.Parsing;

namespace Nrnivmodl;

/// <summary>Compiles a set of .mod files into one mechanism assembly, as NEURON's nrnivmodl
/// builds <c>x86_64/libnrnmech.so</c>: every file is translated (and every error reported)
/// before anything is written, and the library is replaced only when all of it compiled. A file
/// unchanged since an earlier build reuses that build's C# instead of being translated again.</summary>
internal sealed class BuildRunner(BuildSettings settings, TextWriter output, TextWriter error)
{
    /// <summary>One .mod file's part of the library (null while only checking) and its warnings as
    /// printed; <see cref="Hashes"/> is set when it was translated in this run (and is to be
    /// cached), null when it came from the cache.</summary>
    private sealed record Unit(string File, string Mechanism, ModularLibrary.Part? Part, string[] Warnings, Dictionary<string, string>? Hashes);

    public string Library => Relative(settings.LibraryPath);

    public bool IsUpToDate(IReadOnlyList<string> files) =>
        !settings.CheckOnly && settings.EmitCsFolder is null
        && File.Exists(settings.LibraryPath) && File.Exists(ProjectImport.PathIn(settings.OutputFolder))
        && BuildManifest.Read(settings.ManifestPath) is { } manifest
        && manifest.IsCurrent(settings.ManifestOptions, files, settings.OutputFolder);

    public int Run(IReadOnlyList<string> files, IBuildProgress progress)
    {
        if (IsUpToDate(files))
        {
            output.WriteLine($"{Library} is up to date");
            return ExitCodes.Success;
        }

        var cache = new TranslationCache(settings.CacheFolder, BuildManifest.CompilerIdentity, settings.ManifestOptions);
        var units = new List<Unit>();
        var sources = new List<string>();
        var failed = false;
        foreach (var file in files)
        {
            if (!settings.CheckOnly && cache.Find(file) is { } entry)
            {
                progress.Reused(file);
                if (settings.Verbose)
                    foreach (var warning in entry.Warnings) error.WriteLine(warning);
                units.Add(new Unit(file, entry.Mechanism, new ModularLibrary.Part(entry.Mechanism, entry.Kernels, entry.Accessors), entry.Warnings, null));
                sources.AddRange(entry.Hashes.Keys);
                continue;
            }
            if (!settings.CheckOnly) progress.Translating(file);
            var unit = Translate(file, sources);
            if (unit is null) failed = true;
            else units.Add(unit);
        }
        failed |= ReportDuplicateNames(units);
        if (failed)
        {
            error.WriteLine($"nrnivmodl: errors in .mod files; {(settings.CheckOnly ? "" : $"{Library} is left as it was; ")}nothing written");
            return ExitCodes.ModErrors;
        }
        if (settings.CheckOnly)
        {
            output.WriteLine($"{files.Count} file(s) checked, no errors");
            return ExitCodes.Success;
        }
        var exit = Emit(units, files, sources, progress);
        if (exit == ExitCodes.Success)
        {
            foreach (var unit in units.Where(u => u.Hashes is not null)) cache.Store(unit.File, unit.Hashes!, unit.Part!, unit.Warnings);
            cache.Prune(files);
            output.WriteLine($"Mechanisms in {Library}:");
            foreach (var unit in units) output.WriteLine($"  {unit.Mechanism,-20} ({Path.GetFileName(unit.File)})");
        }
        return exit;
    }

    /// <summary>Parses, binds and (unless only checking) generates one file; prints its
    /// diagnostics in the located form. Null when the file has errors.</summary>
    private Unit? Translate(string file, List<string> sources)
    {
        var parse = NmodlParser.ParseFile(file, settings.ParseOptions);
        var read = parse.Sources.Keys.Where(File.Exists).Append(file).ToList();
        var hashes = TranslationCache.HashesOf(read);
        sources.AddRange(read);
        if (parse.HasErrors)
        {
            Print(parse.Diagnostics, parse, showWarnings: true);
            return null;
        }
        try
        {
            var bound = ModLowering.Bind(parse.Root);
            var diagnostics = parse.Diagnostics.Concat(bound.Diagnostics).ToList();
            Print(diagnostics, parse, showWarnings: bound.HasErrors || settings.Verbose);
            if (bound.HasErrors || bound.Mechanism is not { } mechanism) return null;
            var warnings = diagnostics.Where(d => !d.IsError).Select(d => Render(d, parse)).ToArray();
            return new Unit(file, mechanism.Info.Name, settings.CheckOnly ? null : Generate(mechanism), warnings, hashes);
        }
        catch (CodegenException e)
        {
            error.WriteLine(e.Message);
            return null;
        }
    }

    private ModularLibrary.Part Generate(MechanismIr mechanism) =>
        new(mechanism.Info.Name, MechanismCompiler.Generate(mechanism, settings.Backend), AccessorWriter.Write(mechanism));

    private void Print(IEnumerable<Diagnostic> diagnostics, ParseResult parse, bool showWarnings)
    {
        foreach (var diagnostic in diagnostics.Where(d => d.IsError || showWarnings)) error.WriteLine(Render(diagnostic, parse));
    }

    private static string Render(Diagnostic diagnostic, ParseResult parse)
    {
        parse.Sources.TryGetValue(diagnostic.Span.File, out var source);
        return DiagnosticRenderer.Render(diagnostic, source);
    }

    private bool ReportDuplicateNames(List<Unit> units)
    {
        var duplicates = units.GroupBy(u => u.Mechanism, StringComparer.Ordinal).Where(g => g.Count() > 1).ToList();
        foreach (var group in duplicates)
            error.WriteLine($"error: mechanism '{group.Key}' is defined by more than one file: {string.Join(" and ", group.Select(u => u.File))}");
        return duplicates.Count > 0;
    }

    private int Emit(List<Unit> units, IReadOnlyList<string> files, List<string> sources, IBuildProgress progress)
    {
        var parts = units.Select(u => u.Part!).ToList();
        if (settings.EmitCsFolder is { } csFolder)
        {
            Directory.CreateDirectory(csFolder);
            foreach (var source in parts.SelectMany(p => new[] { p.Kernels, p.Accessors }))
                File.WriteAllText(Path.Combine(csFolder, source.Path), source.Text);
        }

        Directory.CreateDirectory(settings.OutputFolder);
        var library = new ModularLibrary(settings);
        progress.Compiling(library.MissingModules(parts), parts.Count);
        try
        {
            // Without a manifest the next run rebuilds, so a crash between the two writes below
            // can never leave a manifest that vouches for a library it does not describe.
            File.Delete(settings.ManifestPath);
            library.Write(parts, progress);
        }
        catch (GeneratedCodeException e)
        {
            error.WriteLine(e.Message);
            error.WriteLine($"nrnivmodl: {Library} is left as it was");
            return ExitCodes.ModErrors;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"nrnivmodl: cannot write {settings.LibraryPath}: {e.Message}");
            return ExitCodes.ModErrors;
        }
        progress.Compiled();
        ProjectImport.Write(settings.OutputFolder);
        BuildManifest.Create(settings.ManifestOptions, files, sources, library.ModuleFiles(parts)).Write(settings.ManifestPath);
        return ExitCodes.Success;
    }

    /// <summary>A path under the current folder relative to it, any other in full.</summary>
    private static string Relative(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
