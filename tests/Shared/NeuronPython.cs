using System.Diagnostics;

namespace NeuronSharp.Testing;

/// <summary>The Python that has NEURON (Debian's), run as a process for the oracle scripts that
/// regenerate golden files; shared by every test project's live comparisons.</summary>
internal static class NeuronPython
{
    public const string Executable = "/usr/bin/python3";

    /// <summary>Whether NEURON's Python module loads, so live comparisons can run.</summary>
    public static bool Available => File.Exists(Executable) && Run("-c", "import neuron").Exit == 0;

    /// <summary>Runs the Python with <paramref name="arguments"/>; exit status and stdout + stderr.</summary>
    public static (int Exit, string Text) Run(params string[] arguments)
    {
        if (!File.Exists(Executable)) return (-1, $"no {Executable}");
        var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr);
    }
}
