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
/// before anything is written, and the library is replaced only when all of it compiled.</summary>
internal sealed class BuildRunner(BuildSettings settings, TextWriter output, TextWriter error)
{
    private sealed record Translated(string File, MechanismIr Mechanism);

    public int Run(IReadOnlyList<string> files)
    {
        if (!settings.CheckOnly && settings.EmitCsFolder is null && IsUpToDate(files))
        {
            output.WriteLine($"{Relative(settings.LibraryPath)} is up to date");
            return ExitCodes.Success;
        }

        var translated = new List<Translated>();
        var sources = new List<string>();
        var failed = false;
        foreach (var file in files)
        {
            if (!settings.CheckOnly) output.WriteLine($"Translating {Path.GetFileName(file)} into {Relative(settings.LibraryPath)}");
            var mechanism = Translate(file, sources);
            if (mechanism is null) failed = true;
            else translated.Add(new Translated(file, mechanism));
        }
        failed |= ReportDuplicateNames(translated);
        if (failed)
        {
            error.WriteLine($"nrnivmodl: errors in .mod files; {(settings.CheckOnly ? "" : $"{Relative(settings.LibraryPath)} is left as it was; ")}nothing written");
            return ExitCodes.ModErrors;
        }
        if (settings.CheckOnly)
        {
            output.WriteLine($"{files.Count} file(s) checked, no errors");
            return ExitCodes.Success;
        }
        return Emit(translated, files, sources);
    }

    private bool IsUpToDate(IReadOnlyList<string> files) =>
        File.Exists(settings.LibraryPath)
        && BuildManifest.Read(settings.ManifestPath) is { } manifest
        && manifest.IsCurrent(settings.ManifestOptions, files);

    /// <summary>Parses and binds one file; prints its diagnostics in the located form. Null when
    /// the file has errors.</summary>
    private MechanismIr? Translate(string file, List<string> sources)
    {
        var parse = NmodlParser.ParseFile(file, settings.ParseOptions);
        sources.AddRange(parse.Sources.Keys.Where(File.Exists));
        sources.Add(file);
        if (parse.HasErrors)
        {
            Print(parse.Diagnostics, parse, showWarnings: true);
            return null;
        }
        BindResult bound;
        try
        {
            bound = ModLowering.Bind(parse.Root);
        }
        catch (CodegenException e)
        {
            error.WriteLine(e.Message);
            return null;
        }
        var diagnostics = parse.Diagnostics.Concat(bound.Diagnostics).ToList();
        Print(diagnostics, parse, showWarnings: bound.HasErrors || settings.Verbose);
        return bound.HasErrors ? null : bound.Mechanism;
    }

    private void Print(IEnumerable<Diagnostic> diagnostics, ParseResult parse, bool showWarnings)
    {
        foreach (var diagnostic in diagnostics.Where(d => d.IsError || showWarnings))
        {
            parse.Sources.TryGetValue(diagnostic.Span.File, out var source);
            error.WriteLine(DiagnosticRenderer.Render(diagnostic, source));
        }
    }

    private bool ReportDuplicateNames(List<Translated> translated)
    {
        var duplicates = translated.GroupBy(t => t.Mechanism.Info.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).ToList();
        foreach (var group in duplicates)
            error.WriteLine($"error: mechanism '{group.Key}' is defined by more than one file: {string.Join(" and ", group.Select(t => t.File))}");
        return duplicates.Count > 0;
    }

    private int Emit(List<Translated> translated, IReadOnlyList<string> files, List<string> sources)
    {
        List<GeneratedSource> generated;
        try
        {
            generated = [.. translated.SelectMany(t => new[] { MechanismCompiler.Generate(t.Mechanism, settings.Backend), AccessorWriter.Write(t.Mechanism.Info) })];
        }
        catch (CodegenException e)
        {
            error.WriteLine(e.Message);
            error.WriteLine($"nrnivmodl: {Relative(settings.LibraryPath)} is left as it was");
            return ExitCodes.ModErrors;
        }
        if (settings.EmitCsFolder is { } csFolder)
        {
            Directory.CreateDirectory(csFolder);
            foreach (var source in generated) File.WriteAllText(Path.Combine(csFolder, source.Path), source.Text);
        }

        Directory.CreateDirectory(settings.OutputFolder);
        try
        {
            // Without a manifest the next run rebuilds, so a crash between the two writes below
            // can never leave a manifest that vouches for a library it does not describe.
            File.Delete(settings.ManifestPath);
            RoslynCompiler.CompileToFile("nrnmech", generated, settings.LibraryPath, settings.DocumentationPath);
        }
        catch (GeneratedCodeException e)
        {
            error.WriteLine(e.Message);
            error.WriteLine($"nrnivmodl: {Relative(settings.LibraryPath)} is left as it was");
            return ExitCodes.ModErrors;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"nrnivmodl: cannot write {settings.LibraryPath}: {e.Message}");
            return ExitCodes.ModErrors;
        }
        BuildManifest.Create(settings.ManifestOptions, files, sources).Write(settings.ManifestPath);

        output.WriteLine($"Mechanisms in {Relative(settings.LibraryPath)}:");
        foreach (var t in translated) output.WriteLine($"  {t.Mechanism.Info.Name,-20} ({Path.GetFileName(t.File)})");
        return ExitCodes.Success;
    }

    /// <summary>A path under the current folder relative to it, any other in full.</summary>
    private static string Relative(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
