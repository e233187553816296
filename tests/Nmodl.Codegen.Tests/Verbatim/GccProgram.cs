using System.Diagnostics;

namespace Nmodl.Codegen.Tests.Verbatim;

/// <summary>Compiles C with the system's gcc and runs it: the independent truth for what the C prints.</summary>
internal static class GccProgram
{
    private static readonly Lazy<string?> Compiler = new(FindGcc);

    public static bool Available => Compiler.Value is not null;

    /// <summary>The standard output and error of the C program, which gets the headers NEURON's generated C includes.</summary>
    public static (string Output, string Errors) Run(string source)
    {
        var directory = Directory.CreateTempSubdirectory("verbatim-gcc-");
        try
        {
            var sourcePath = Path.Combine(directory.FullName, "program.c");
            var executable = Path.Combine(directory.FullName, "program");
            File.WriteAllText(sourcePath, "#include <stdio.h>\n#include <stdlib.h>\n#include <math.h>\n" + source);
            var (compileExit, _, compileErrors) = Execute(Compiler.Value!, $"-std=gnu99 -O0 -w -o \"{executable}\" \"{sourcePath}\" -lm");
            Assert.True(compileExit == 0, "gcc rejected the C:\n" + compileErrors + "\n" + source);
            var (exit, output, errors) = Execute(executable, "");
            Assert.True(exit == 0, $"the C program exited with {exit}: {errors}");
            return (output, errors);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static string? FindGcc()
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            var candidate = Path.Combine(directory, "gcc");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }

    private static (int Exit, string Output, string Errors) Execute(string program, string arguments)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, errors);
    }
}
