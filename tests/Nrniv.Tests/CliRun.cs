using Nrniv.Cli;

namespace Nrniv.Tests;

/// <summary>The result of one invocation of the nrniv entry method with captured output.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = NrnivCli.Run(args, output, error, plain: true);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
