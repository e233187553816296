using Nrnivmodl;

namespace EndToEnd.Tests.Support;

/// <summary>Runs the nrnivmodl command line in-process and captures what it prints.</summary>
public static class NrnivmodlRun
{
    public sealed record Result(int Exit, string Out, string Err);

    public static Result Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CompilerCommand.Run(args, output, error);
        return new Result(exit, output.ToString(), error.ToString());
    }
}
