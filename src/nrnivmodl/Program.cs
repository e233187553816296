using Nrnivmodl;

return CompilerCommand.Run(args, Console.Out, Console.Error);
