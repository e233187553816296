using Nrniv.Compare;

namespace Nrniv.Tests;

public sealed class TraceCsvReaderTests
{
    private static string ErrorOf(string content)
    {
        using var folder = TraceFolder.Empty().With("bad.csv", content);
        var e = Assert.Throws<TraceInputException>(() => TraceCsvReader.Read(folder.File("bad.csv")));
        return e.Message.Replace(folder.File("bad.csv"), "bad.csv");
    }

    [Fact]
    public void Reads_NEURON_output_column_wise_with_repeated_names_keyed_by_occurrence()
    {
        var table = TraceCsvReader.Read(Path.Combine(RepoPaths.Golden("demo/cachan"), "iclamp_1.csv"));

        Assert.Equal(TraceFileKind.Samples, table.Kind);
        Assert.Equal(["t", "v", "oca", "ica", "cai", "cao", "eca", "ica#2", "ic_i"], table.Keys);
        Assert.Equal(1001, table.Rows);
        Assert.Equal(100.0, table.Columns[0][^1]);
        Assert.Equal(-65.0, table.Columns[1][0]);
        Assert.Equal(-1.180077277e-07, table.Columns[3][0]);
    }

    [Fact]
    public void Reads_the_non_finite_values_printed_by_printf_and_empty_fields_as_missing()
    {
        using var folder = TraceFolder.Empty().With("x.csv", "t,a,b,c,d\n0,nan,inf,-inf,\n");

        var table = TraceCsvReader.Read(folder.File("x.csv"));

        Assert.Equal([double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.NaN], table.Columns[1..].Select(c => c[0]));
    }

    [Fact]
    public void A_spike_file_is_recognised_by_its_spike_t_header()
    {
        using var folder = TraceFolder.Empty().With("s.csv", "spike_t\n1.5\n2.5\n");

        var table = TraceCsvReader.Read(folder.File("s.csv"));

        Assert.Equal(TraceFileKind.Spikes, table.Kind);
        Assert.Equal([1.5, 2.5], table.Columns[0]);
    }

    [Fact]
    public void A_bad_number_is_reported_with_file_line_and_column()
    {
        Assert.Equal("bad.csv:3: column 2 ('v'): '-64.9x' is not a number", ErrorOf("t,v\n0,-65\n0.1,-64.9x\n"));
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_fields_is_reported_with_its_line()
    {
        Assert.Equal("bad.csv:2: expected 3 fields as in the header, found 2", ErrorOf("t,v,m\n0,-65\n"));
    }

    [Fact]
    public void A_file_that_is_not_of_the_trace_format_is_rejected_at_its_header()
    {
        Assert.Equal("bad.csv:1:1: the first column must be 't' (sampled traces) or 'spike_t' (spike times), found 'time'",
            ErrorOf("time,v\n0,-65\n"));
        Assert.Equal("bad.csv:1: the header line is missing or empty", ErrorOf(""));
        Assert.Equal("bad.csv:1: column 3 of the header has no name", ErrorOf("t,v,\n0,1,2\n"));
    }
}
