using Nrnivmodl;
using Nrnivmodl.Server;

if (!OperatingSystem.IsWindows())
{
    if (args is [CompileServer.Argument]) return CompileServer.Run();
    if (ServerClient.Applies(args) && ServerClient.TryRun(args, Console.Out, Console.Error) is { } exit) return exit;
}
return CompilerCommand.Run(args, Console.Out, Console.Error);
