using System.CommandLine;
using System.Globalization;
using Nrn.CLib;
using Nrniv.Trace;

namespace Nrniv.Cli;

/// <summary><c>nrniv trace [--lib DIR] --mech NAME --out DIR [...]</c>: runs the NEURON trace
/// script's protocol for one mechanism and writes the same files.</summary>
internal static class TraceCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var library = new Option<string?>("--lib") { Description = "folder holding x86_64/nrnmech.dll (nrnivmodl's output) or the library file; without it, a built-in mechanism" };
        var mechanism = new Option<string>("--mech") { Description = "mechanism name (SUFFIX, POINT_PROCESS or ARTIFICIAL_CELL)", Required = true };
        var outFolder = new Option<string>("--out") { Description = "folder to write the traces and meta.json into (replaced as a whole)", Required = true };
        var recordDt = Number("--record-dt", 0.1, "sampling interval of the saved traces (ms); 0 = every step");
        var dt = Number("--dt", 0.025, "time step (ms)");
        var tstop = Number("--tstop", 100, "stop time (ms)");
        var celsius = Number("--celsius", 6.3, "temperature (degC)");
        var weight = new Option<double?>("--weight") { Description = "NetCon weight (default 0.01, 1 for artificial cells)" };
        var noAssigned = new Option<bool>("--no-assigned") { Description = "do not record ASSIGNED variables" };
        var noPointers = new Option<bool>("--no-pointers") { Description = "leave POINTER variables unset" };
        var amps = new Option<string?>("--amps") { Description = "the two current steps in nA (A1,A2) instead of 10 mV and 40 mV over the input resistance", HelpName = "A1,A2" };
        var command = new Command("trace",
            "Run the standard single-mechanism protocol of NEURON's trace script and write iclamp_1.csv, iclamp_2.csv "
            + "(density mechanisms, point processes), netstim.csv (NetCon targets, artificial cells), spikes.csv "
            + "(artificial cells) and meta.json; exit 0 ok, 2 bad input, 3 simulation error.")
        {
            library, mechanism, outFolder, recordDt, dt, tstop, celsius, weight, noAssigned, noPointers, amps,
        };
        command.SetAction(parsed =>
        {
            try
            {
                var options = new TraceOptions(
                    parsed.GetValue(library), parsed.GetRequiredValue(mechanism), parsed.GetRequiredValue(outFolder),
                    parsed.GetValue(recordDt), parsed.GetValue(dt), parsed.GetValue(tstop), parsed.GetValue(celsius),
                    parsed.GetValue(weight), parsed.GetValue(noAssigned), parsed.GetValue(noPointers),
                    ParseAmps(parsed.GetValue(amps)));
                string summary = "";
                OutputFolder.Write(options.Output, folder => summary = TraceProtocol.Run(options, folder));
                output.WriteLine(summary);
                return ExitCodes.Success;
            }
            catch (TraceException e)
            {
                error.WriteLine($"nrniv trace: error: {e.Message}");
                return ExitCodes.InputError;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"nrniv trace: error: --out {parsed.GetValue(outFolder)}: cannot write: {e.Message.ReplaceLineEndings(" ")}");
                return ExitCodes.InputError;
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or HocExecutionError or ArithmeticException)
            {
                error.WriteLine($"nrniv trace: simulation error: {e.Message.ReplaceLineEndings(" ")}");
                return ExitCodes.SimulationError;
            }
        });
        return command;
    }

    private static Option<double> Number(string name, double fallback, string description) =>
        new(name) { Description = description, DefaultValueFactory = _ => fallback };

    private static double[]? ParseAmps(string? text)
    {
        if (text is null) return null;
        var parts = text.Split(',');
        var values = new double[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!double.TryParse(parts[i].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]))
                throw new TraceException($"--amps {text}: '{parts[i]}' is not a number (give two amplitudes in nA, e.g. --amps 0.1,0.4)");
        }
        return values;
    }
}
