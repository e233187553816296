using Nrniv.Cli;

return NrnivCli.Run(args, Console.Out, Console.Error, plain: Console.IsOutputRedirected);
