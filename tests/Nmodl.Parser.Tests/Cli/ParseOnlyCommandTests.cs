using Nrnivmodl;

namespace Nmodl.Parser.Tests.Cli;

public sealed class ParseOnlyCommandTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("nrnivmodl-cli-");

    public void Dispose() => _dir.Delete(recursive: true);

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_dir.FullName, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CompilerCommand.Run(args, output, error);
        return (exit, output.ToString().ReplaceLineEndings("\n"), error.ToString());
    }

    [Fact]
    public void DirectoryIsSearchedRecursivelyAndAllPass()
    {
        var a = Write("a.mod", "NEURON { SUFFIX a }\n");
        var b = Write("sub/b.mod", "NEURON { SUFFIX b }\n");
        Write("sub/notes.txt", "not a mod file");
        var (exit, output, _) = Run("--parse-only", _dir.FullName);
        Assert.Equal(0, exit);
        Assert.Equal($"ok {a}\nok {b}\n2 passed, 0 failed\n", output);
    }

    [Fact]
    public void FailingFilePrintsDiagnosticsAndExitsNonZero()
    {
        var good = Write("good.mod", "NEURON { SUFFIX g }\n");
        var bad = Write("bad.mod", "NEURON {\n  SUFFIX\n}\n");
        var (exit, output, _) = Run("--parse-only", good, bad);
        Assert.Equal(1, exit);
        Assert.Equal(
            $"ok {good}\n{bad}:3:1: error NMODL0003: expected a mechanism name after SUFFIX, found '}}'\n}}\n^\n1 passed, 1 failed\n",
            output);
    }

    [Fact]
    public void VerboseShowsWarningsOfPassingFiles()
    {
        var file = Write("w.mod", "NEURON { SUFFIX w }\nPARAMETER { celsius = 37 }\n");
        var (exit, output, _) = Run("--parse-only", "-v", file);
        Assert.Equal(0, exit);
        Assert.Contains("warning NMODL0101", output);
        Assert.DoesNotContain("warning", Run("--parse-only", file).Out);
    }

    [Theory]
    [InlineData]
    [InlineData("--parse-only")]
    [InlineData("--parse-only", "/no/such/file.mod")]
    public void UsageErrorsExitWithTwo(params string[] args)
    {
        var (exit, _, error) = Run(args);
        Assert.Equal(2, exit);
        Assert.StartsWith("nrnivmodl: ", error);
    }

    [Fact]
    public void EmptyDirectoryIsAUsageError()
    {
        var (exit, _, error) = Run("--parse-only", _dir.FullName);
        Assert.Equal(2, exit);
        Assert.Contains("no .mod files", error);
    }

    [Fact]
    public void IncludeFolderOption()
    {
        Write("lib/common.inc", "PARAMETER { g = 1 }\n");
        var file = Write("src/m.mod", "NEURON { SUFFIX m }\nINCLUDE \"common.inc\"\n");
        Assert.Equal(1, Run("--parse-only", file).Exit);
        Assert.Equal(0, Run("--parse-only", "-I", Path.Combine(_dir.FullName, "lib"), file).Exit);
    }

    [Fact]
    public void HelpExitsZero()
    {
        var (exit, output, _) = Run("--help");
        Assert.Equal(0, exit);
        Assert.Contains("--parse-only", output);
    }
}
