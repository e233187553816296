namespace Nrn.Runtime.Tests;

/// <summary>Bad API use throws, and the message names the object and the value.</summary>
public sealed class BadInputTests
{
    private readonly Simulation _sim = TestSupport.NewSimulation();

    [Fact]
    public void NsegBelowOne()
    {
        var s = _sim.Section("axon");
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => s.Nseg = 0);
        Assert.Contains("axon.nseg", e.Message);
        Assert.Contains("got 0", e.Message);
        Assert.Equal(1, s.Nseg);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-2.5)]
    [InlineData(double.NaN)]
    public void NonPositiveDiameter(double diam)
    {
        var s = _sim.Section("dend");
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => s.Diam = diam);
        Assert.Contains("dend.diam", e.Message);
        Assert.Contains(Section.Fmt(diam), e.Message);
        var seg = s[0.5];
        e = Assert.Throws<ArgumentOutOfRangeException>(() => seg.Diam = diam);
        Assert.Contains("dend(0.5).diam", e.Message);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    public void LocationOutsideTheSection(double x)
    {
        var s = _sim.Section("soma");
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => s[x]);
        Assert.Contains("soma", e.Message);
        Assert.Contains(Section.Fmt(x), e.Message);
        var child = _sim.Section("child");
        Assert.Throws<ArgumentOutOfRangeException>(() => child.Connect(s, x));
    }

    [Fact]
    public void ConnectingIntoOwnSubtree()
    {
        var a = _sim.Section("a");
        var b = _sim.Section("b");
        var c = _sim.Section("c");
        b.Connect(a);
        c.Connect(b[0.5]);
        var e = Assert.Throws<ArgumentException>(() => a.Connect(c));
        Assert.Contains("a: cannot connect to c(1)", e.Message);
        e = Assert.Throws<ArgumentException>(() => a.Connect(a[0.5]));
        Assert.Contains("a(0.5)", e.Message);
        Assert.Null(a.Parent);
    }

    [Fact]
    public void UnknownMechanism()
    {
        var s = _sim.Section("soma");
        var e = Assert.Throws<ArgumentException>(() => s.Insert("hhh"));
        Assert.Contains("soma.insert", e.Message);
        Assert.Contains("'hhh'", e.Message);
        e = Assert.Throws<ArgumentException>(() => _sim.PointProcess("IClmp", s[0.5]));
        Assert.Contains("'IClmp'", e.Message);
        e = Assert.Throws<ArgumentException>(() => s.Insert("IClamp"));
        Assert.Contains("point process", e.Message);
    }

    [Fact]
    public void UnknownVariables()
    {
        var s = _sim.Section("soma");
        s.Insert("hh");
        var e = Assert.Throws<ArgumentException>(() => s[0.5].Mech("hh")["gkbr"]);
        Assert.Contains("soma(0.5).hh", e.Message);
        Assert.Contains("'gkbr'", e.Message);
        e = Assert.Throws<ArgumentException>(() => s[0.5]["g_pas"]);
        Assert.Contains("'g_pas'", e.Message);
        e = Assert.Throws<ArgumentException>(() => s[0.5].Mech("pas"));
        Assert.Contains("'pas' is not inserted in soma", e.Message);
        var clamp = _sim.PointProcess("IClamp", s[0.5]);
        e = Assert.Throws<ArgumentException>(() => clamp["delay_"] = 1);
        Assert.Contains("IClamp[0]", e.Message);
    }

    [Fact]
    public void BadClockAndGeometryValues()
    {
        var s = _sim.Section("soma");
        Assert.Contains("got 0", Assert.Throws<ArgumentOutOfRangeException>(() => _sim.Dt = 0).Message);
        Assert.Contains("tstop must be finite, got NaN", Assert.Throws<ArgumentOutOfRangeException>(() => _sim.ContinueRun(double.NaN)).Message);
        Assert.Contains("v must be finite, got Infinity", Assert.Throws<ArgumentOutOfRangeException>(() => _sim.FInitialize(double.PositiveInfinity)).Message);
        Assert.Contains("soma.L", Assert.Throws<ArgumentOutOfRangeException>(() => s.L = -1).Message);
        Assert.Contains("soma.Ra", Assert.Throws<ArgumentOutOfRangeException>(() => s.Ra = 0).Message);
        Assert.Contains("soma.cm", Assert.Throws<ArgumentOutOfRangeException>(() => s.Cm = -1).Message);
        Assert.Contains("soma: 3-d point index", Assert.Throws<ArgumentOutOfRangeException>(() => s.X3d(0)).Message);
        Assert.Contains("soma: the connected end must be 0 or 1, got 0.5", Assert.Throws<ArgumentOutOfRangeException>(() => s.Connect(_sim.Section("p"), 1, 0.5)).Message);
    }

    [Fact]
    public void UsingADeletedSection()
    {
        var gone = _sim.Section("gone");
        var other = _sim.Section("other");
        _sim.DeleteSection(gone);
        Assert.Equal("section gone was deleted", Assert.Throws<InvalidOperationException>(() => gone.L = 5).Message);
        Assert.Equal("section gone was deleted", Assert.Throws<InvalidOperationException>(() => gone.Insert("pas")).Message);
        Assert.Equal("section gone was deleted", Assert.Throws<InvalidOperationException>(() => other.Connect(gone)).Message);
        Assert.Equal("section gone was deleted", Assert.Throws<InvalidOperationException>(() => _sim.PointProcess("IClamp", gone[0.5])).Message);
        Assert.Contains("gone is not in this simulation", Assert.Throws<ArgumentException>(() => _sim.DeleteSection(gone)).Message);
        _sim.FInitialize(-70);
        Assert.Equal(-65, gone[0.5].V);
        Assert.Equal(-70, other[0.5].V);
    }
}
