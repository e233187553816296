namespace Nrn.Runtime.Tests.Vectors;

/// <summary>The seeds' data.csv and data.json: written exactly as Python's csv and json modules write
/// them (golden texts from Python), read back losslessly, and malformed input reported by place.</summary>
public sealed class DataFileTests
{
    private static readonly double[] GoldenT = [0.0, 0.025, 0.09999999999999999, 1e-05, 1e16, 123456789012345.6];
    private static readonly double[] GoldenV = [-65.0, -0.0, 5e-324, 1.7976931348623157e308, double.NaN, double.PositiveInfinity];

    private static TraceTable GoldenTable() => new TraceTable().Add("t", new Vector(GoldenT)).Add("v", new Vector(GoldenV));

    [Fact]
    public void CsvIsWhatPythonsCsvWriterWrites()
    {
        var text = new StringWriter();
        GoldenTable().WriteCsv(text);
        Assert.Equal(VectorGolden.Root.GetProperty("csv_text").GetString(), text.ToString());
    }

    [Fact]
    public void JsonIsWhatPythonsJsonDumpWrites()
    {
        var text = new StringWriter();
        GoldenTable().WriteJson(text);
        Assert.Equal(VectorGolden.Root.GetProperty("json_text").GetString(), text.ToString());
    }

    [Fact]
    public void NumbersAreWrittenAsPythonsRepr()
    {
        var golden = VectorGolden.Root.GetProperty("csv_columns");
        var expected = golden.GetProperty("t").EnumerateArray().Concat(golden.GetProperty("v").EnumerateArray()).Select(e => e.GetString());
        Assert.Equal(expected, GoldenT.Concat(GoldenV).Select(PythonFloat.Repr));
        Assert.Equal("0.0001", PythonFloat.Repr(0.0001));
        Assert.Equal("1234567890123456.0", PythonFloat.Repr(1234567890123456.0));
        Assert.Equal("1.2345678901234568e+16", PythonFloat.Repr(12345678901234567.0));
        Assert.Equal("-1.5e-07", PythonFloat.Repr(-1.5e-7));
        Assert.Equal("-inf", PythonFloat.Repr(double.NegativeInfinity));
        Assert.Equal("-Infinity", PythonFloat.Json(double.NegativeInfinity));
    }

    [Fact]
    public void RandomDoublesSurviveCsvAndJsonBitForBit()
    {
        var random = new Random(20260522);
        var bits = new Vector(Enumerable.Range(0, 2000).Select(_ => BitConverter.Int64BitsToDouble(random.NextInt64()))
            .Where(double.IsFinite).Concat([0.0, -0.0, double.Epsilon, double.MaxValue, double.MinValue, 0.1]));
        var uniform = new Vector(Enumerable.Range(0, bits.Count).Select(_ => random.NextDouble() * 100 - 80));
        var table = new TraceTable().Add("t", bits).Add("v", uniform);
        var csv = new StringWriter();
        table.WriteCsv(csv, header: true);
        var fromCsv = TraceTable.ReadCsv(new StringReader(csv.ToString()), "data.csv");
        var json = new StringWriter();
        table.WriteJson(json);
        var fromJson = TraceTable.ReadJson(new StringReader(json.ToString()), "data.json");
        foreach (var back in new[] { fromCsv, fromJson })
        {
            Assert.Equal(["t", "v"], back.Names);
            Assert.True(back["t"].BitwiseEquals(bits));
            Assert.True(back["v"].BitwiseEquals(uniform));
        }
    }

    [Fact]
    public void ReadsTheSeedsFilesAndPythonsSpecialValues()
    {
        var csv = TraceTable.ReadCsv(new StringReader(VectorGolden.Root.GetProperty("csv_text").GetString()!), "data.csv", ["t", "v"]);
        var json = TraceTable.ReadJson(new StringReader(VectorGolden.Root.GetProperty("json_text").GetString()!), "data.json");
        foreach (var table in new[] { csv, json })
        {
            Assert.True(table["t"].BitwiseEquals(GoldenT));
            Assert.Equal(GoldenV, table["v"].ToArray());
            Assert.True(double.IsNegative(table["v"][1]));
        }
        var unnamed = TraceTable.ReadCsv(new StringReader("1,2\n\n3,4\n"), "x.csv");
        Assert.Equal(["0", "1"], unnamed.Names);
        Assert.Equal([2.0, 4.0], unnamed["1"].ToArray());
        var loose = TraceTable.ReadCsv(new StringReader("\"time, ms\",v\r\n Infinity , -NAN\r\n1E3,+.5\r\n"), "y.csv");
        Assert.Equal(["time, ms", "v"], loose.Names);
        Assert.Equal([double.PositiveInfinity, 1000.0], loose["time, ms"].ToArray());
        Assert.Equal(0.5, loose["v"][1]);
    }

    [Fact]
    public void FilesOnDiskRoundTrip()
    {
        var path = Path.Combine(Path.GetTempPath(), $"vector-data-{Guid.NewGuid():N}");
        try
        {
            GoldenTable().WriteCsv(path + ".csv", header: true);
            GoldenTable().WriteJson(path + ".json");
            Assert.True(TraceTable.ReadCsv(path + ".csv")["t"].BitwiseEquals(GoldenT));
            Assert.True(TraceTable.ReadJson(path + ".json")["t"].BitwiseEquals(GoldenT));
            var error = Assert.Throws<DataFormatException>(() => TraceTable.ReadCsv(path + ".csv", ["time", "v"]));
            Assert.Equal(path + ".csv", error.File);
        }
        finally
        {
            File.Delete(path + ".csv");
            File.Delete(path + ".json");
        }
    }

    [Theory]
    [InlineData("t,v\n0,1\n0.5,abc\n", "data.csv:3:5: expected a number, found 'abc'")]
    [InlineData("0,1\n0.5\n", "data.csv:2:1: this row has 1 fields but line 1 has 2")]
    [InlineData("0,1\n1,\"2\n", "data.csv:2:3: a quoted field is not closed on its line")]
    [InlineData("0,\"1\"x\n", "data.csv:1:6: expected ',' after a quoted field, found 'x'")]
    [InlineData("t,t\n1,2\n", "data.csv:1:1: the header names column 't' twice")]
    [InlineData("0.1,1e5e3\n", "data.csv:1:5: expected a number, found '1e5e3'")]
    public void MalformedCsvIsReportedByLineAndColumn(string text, string message)
    {
        var error = Assert.Throws<DataFormatException>(() => TraceTable.ReadCsv(new StringReader(text), "data.csv"));
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void CsvColumnNamesMustMatchTheData()
    {
        Assert.Equal("data.csv:1:1: 3 column names were given (t, v, i) but the rows have 2 fields",
            Assert.Throws<DataFormatException>(() => TraceTable.ReadCsv(new StringReader("0,1\n"), "data.csv", ["t", "v", "i"])).Message);
        Assert.Equal("data.csv:1:1: the header names the columns t, v but time, v were expected",
            Assert.Throws<DataFormatException>(() => TraceTable.ReadCsv(new StringReader("t,v\n0,1\n"), "data.csv", ["time", "v"])).Message);
    }

    [Theory]
    [InlineData("{\n    \"t\": [\n        0.0,\n        abc\n    ]\n}", "data.json:4:9: expected a number, found 'a'")]
    [InlineData("{\"t\": [1, 2,]}", "data.json:1:13: expected a number, found ']'")]
    [InlineData("{\"t\": [1 2]}", "data.json:1:10: expected ',' or ']' in column \"t\", found '2'")]
    [InlineData("{\"t\": 5}", "data.json:1:7: expected an array of numbers for column \"t\", found '5'")]
    [InlineData("[1, 2]", "data.json:1:1: expected a JSON object of columns, found '['")]
    [InlineData("{\"t\": [1], \"t\": [2]}", "data.json:1:12: column \"t\" appears twice")]
    [InlineData("{\"t\": [1.]}", "data.json:1:10: expected a digit after the decimal point, found ']'")]
    [InlineData("{\"t\": [1]} x", "data.json:1:12: unexpected 'x' after the end of the object")]
    [InlineData("{\"t\": [1]", "data.json:1:10: expected ',' or '}', found the end of the file")]
    [InlineData("{t: [1]}", "data.json:1:2: expected a column name in double quotes, found 't'")]
    public void MalformedJsonIsReportedByLineAndColumn(string text, string message)
    {
        var error = Assert.Throws<DataFormatException>(() => TraceTable.ReadJson(new StringReader(text), "data.json"));
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void JsonNamesAreEscapedAsPythonDoesAndReadBack()
    {
        var table = new TraceTable().Add("soma(0.5).v \"µ\"\t", new Vector([1.0])).Add("empty", new Vector());
        var json = new StringWriter();
        table.WriteJson(json);
        Assert.Equal("{\n    \"soma(0.5).v \\\"\\u00b5\\\"\\t\": [\n        1.0\n    ],\n    \"empty\": []\n}", json.ToString());
        var back = TraceTable.ReadJson(new StringReader(json.ToString()), "names.json");
        Assert.Equal(table.Names, back.Names);
        var empty = new StringWriter();
        new TraceTable().WriteJson(empty);
        Assert.Equal("{}", empty.ToString());
        Assert.Empty(TraceTable.ReadJson(new StringReader(" { } "), "e.json").Names);
    }

    [Fact]
    public void TablesRefuseRaggedColumnsAndUnknownNames()
    {
        var table = new TraceTable().Add("t", new Vector([0.0, 1])).Add("v", new Vector([1.0]));
        Assert.Contains("column 'v' has 1 values but 't' has 2", Assert.Throws<InvalidOperationException>(() => table.WriteCsv(new StringWriter())).Message);
        Assert.Contains("no column 'i'; it has 't', 'v'", Assert.Throws<KeyNotFoundException>(() => table["i"]).Message);
        Assert.Contains("already has a column 't'", Assert.Throws<ArgumentException>(() => table.Add("t", new Vector())).Message);
    }

    [Fact]
    public void RecordedVectorsGoStraightIntoADataFile()
    {
        var sim = TestSupport.NewSimulation();
        var soma = sim.Section("soma");
        soma.Insert("hh");
        var t = new Vector().Record(sim.TimeRef());
        var v = new Vector().Record(soma[0.5].Ref("v"));
        sim.FInitialize(-65);
        sim.ContinueRun(1);
        var csv = new StringWriter();
        new TraceTable().Add("t", t).Add("v", v).WriteCsv(csv);
        var lines = csv.ToString().Split("\r\n");
        Assert.Equal(42, lines.Length);
        Assert.Equal("0.0,-65.0", lines[0]);
        Assert.Equal("0.025," + PythonFloat.Repr(v[1]), lines[1]);
    }
}
