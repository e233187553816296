using Spectre.Console;

namespace Nrnivmodl;

/// <summary>A progress bar over the files, then the compile, for a terminal.</summary>
internal sealed class SpectreProgress(ProgressContext context, int files) : IBuildProgress
{
    private readonly ProgressTask _translate = context.AddTask("Translating", maxValue: files);
    private ProgressTask? _compile;

    public void Translating(string file) => Step($"Translating {Path.GetFileName(file)}");

    public void Reused(string file) => Step($"Unchanged {Path.GetFileName(file)}");

    public void Compiling(int modules, int mechanisms)
    {
        _translate.Description = "Translated";
        _translate.Value = _translate.MaxValue;
        _compile = context.AddTask($"Compiling {modules} of {mechanisms} mechanism(s)").IsIndeterminate();
    }

    public void ModulesCompiled()
    {
    }

    public void Compiled()
    {
        _compile?.IsIndeterminate(false).Value(100);
    }

    private void Step(string description)
    {
        _translate.Description = Markup.Escape(description);
        _translate.Increment(1);
    }
}
