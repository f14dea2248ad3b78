using Rssp.Reports;

return Cli.Run(args, Console.Out, Console.Error);
