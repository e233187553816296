using System.CommandLine;
using Nrniv.Compare;

namespace Nrniv.Cli;

/// <summary><c>nrniv compare DIR_A DIR_B [--vtol X] [--rtol X] [--ttol MS]</c>: checks two trace folders against each other.</summary>
internal static class CompareCommand
{
    public static Command Create(TextWriter output, TextWriter error, bool plain)
    {
        var folderA = new Argument<string>("DIR_A") { Description = "first trace folder (e.g. NEURON's output)" };
        var folderB = new Argument<string>("DIR_B") { Description = "second trace folder" };
        var vtol = new Option<double>("--vtol")
        {
            Description = "absolute tolerance: a sample agrees when |a-b| <= vtol",
            DefaultValueFactory = _ => Tolerance.Default.Absolute,
        };
        var rtol = new Option<double>("--rtol")
        {
            Description = "relative tolerance: a sample agrees when |a-b|/max(|a|,|b|) <= rtol",
            DefaultValueFactory = _ => Tolerance.Default.Relative,
        };
        var ttol = new Option<double>("--ttol")
        {
            Description = "spike-time tolerance (ms): two spike times agree when |ta-tb| <= ttol",
            DefaultValueFactory = _ => Tolerance.DefaultTime,
        };
        var command = new Command("compare",
            "Compare two trace folders (*.csv of the NEURON trace format) column by column; "
            + "exit 0 if every column of every file agrees within tolerance, 1 if not, 2 on bad input.")
        {
            folderA, folderB, vtol, rtol, ttol,
        };
        command.SetAction(parsed => Run(
            parsed.GetRequiredValue(folderA), parsed.GetRequiredValue(folderB),
            new Tolerance(parsed.GetValue(vtol), parsed.GetValue(rtol), parsed.GetValue(ttol)), output, error, plain));
        return command;
    }

    private static int Run(string folderA, string folderB, Tolerance tolerance, TextWriter output, TextWriter error, bool plain)
    {
        ComparisonReport report;
        try
        {
            report = TraceComparison.Compare(folderA, folderB, tolerance);
        }
        catch (TraceInputException e)
        {
            error.WriteLine($"nrniv compare: error: {e.Message}");
            return ExitCodes.InputError;
        }
        if (plain)
        {
            PlainReportPrinter.Print(report, output);
        }
        else
        {
            RichReportPrinter.Print(report, output);
        }
        return report.Passed ? ExitCodes.Success : ExitCodes.Differences;
    }
}
