using System.Text.Json;
using Nmodl.Codegen.Backends;
using Nmodl.Codegen.Lowering;
using Nmodl.Codegen.Tests.Support;
using Nrn.Abi;

namespace Nmodl.Codegen.Tests.EndToEnd;

/// <summary>.mod text through the parser, the binder and the back end: the Oracle mechanisms
/// reproduce NEURON's golden trajectories, and hhlike.mod computes what the hand-built IR does.</summary>
public sealed class ModTextTests
{
    private static readonly JsonElement Golden = JsonDocument.Parse(File.ReadAllText(Path.Combine(Paths.Oracle, "golden.json"))).RootElement;

    public static TheoryData<string> OracleMods() => ["cgrelax", "cgquad", "cgquadcn", "cgrot", "cgrotrk", "cgkin", "cgbind", "cgcomp", "cgnonlin", "cglin"];

    [Theory]
    [MemberData(nameof(OracleMods))]
    public void Oracle_mod_file_reproduces_NEURON(string mechanism)
    {
        var descriptor = Compile(Path.Combine(Paths.Oracle, "mod", mechanism + ".mod"), new BackendOptions());
        var h = new Harness(descriptor, 6);
        var expected = Golden.GetProperty("trajectories").GetProperty(mechanism);
        h.Kernels.Initialize(h.Block, h.State);
        for (var step = 0; step <= Golden.GetProperty("steps").GetInt32(); step++)
        {
            h.State.T = step * h.State.Dt;
            if (step > 0) h.Kernels.AdvanceState(h.Block, h.State);
            foreach (var state in expected.EnumerateObject())
                for (var i = 0; i < h.Block.Count; i++)
                    Assert.InRange(OracleTrajectoryTests.Ulps(state.Value[step].GetDouble(), h.Field(state.Name)[i]), 0, OracleTrajectoryTests.AllowedUlps(mechanism));
        }
    }

    [Theory]
    [InlineData("cgssk")]
    [InlineData("cgssl")]
    public void Steady_state_mod_file_matches_NEURON(string mechanism)
    {
        var h = new Harness(Compile(Path.Combine(Paths.Oracle, "mod", mechanism + ".mod"), new BackendOptions()), 2);
        h.Kernels.Initialize(h.Block, h.State);
        // Same tolerances as OracleTrajectoryTests: exact for the linear scheme, ill-conditioned otherwise.
        var tolerance = mechanism == "cgssl" ? 0.0 : 5e-8;
        foreach (var state in Golden.GetProperty("steadystate").GetProperty(mechanism).EnumerateObject())
            Assert.Equal(state.Value.GetDouble(), h.Field(state.Name)[1], tolerance);
    }

    [Fact]
    public void Tabulated_functions_of_a_mod_file_equal_NEURON_bit_for_bit()
    {
        var d = Compile(Path.Combine(Paths.Oracle, "mod", "cgtable.mod"), BackendOptions.Scalar);
        var h = new Harness(d, 1);
        var table = Golden.GetProperty("table");
        h.State.Celsius = table.GetProperty("celsius").GetDouble();
        h.Kernels.Initialize(h.Block, h.State);
        var flags = System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance;
        var rates = h.Kernels.GetType().GetMethod("F_rates", flags)!;
        var alpha = h.Kernels.GetType().GetMethod("F_alpha", flags)!;
        var v = table.GetProperty("v").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        for (var k = 0; k < v.Length; k++)
        {
            rates.Invoke(h.Kernels, [h.Block, h.State, 0, v[k], v[k]]);
            Assert.Equal(table.GetProperty("minf")[k].GetDouble(), h.Global("minf"));
            Assert.Equal(table.GetProperty("mtau")[k].GetDouble(), h.Global("mtau"));
            Assert.Equal(table.GetProperty("alpha")[k].GetDouble(), (double)alpha.Invoke(h.Kernels, [h.Block, h.State, 0, v[k], v[k]])!);
        }
    }

    [Fact]
    public void UNITS_block_constants_equal_NEURON_bit_for_bit()
    {
        var h = new Harness(Compile(Path.Combine(Paths.Oracle, "mod", "cgunits.mod"), BackendOptions.Scalar), 1);
        h.Kernels.Initialize(h.Block, h.State);
        var expected = Golden.GetProperty("units").EnumerateObject().ToList();
        Assert.Equal(11, expected.Count);
        foreach (var constant in expected) Assert.Equal(constant.Value.GetDouble(), h.Field(constant.Name)[0]);
    }

    [Theory]
    [InlineData("cgnrzero")]
    [InlineData("cgnrinit")]
    public void NetCon_weights_after_finitialize_equal_NEURON(string mechanism)
    {
        var h = new Harness(Compile(Path.Combine(Paths.Oracle, "mod", mechanism + ".mod"), BackendOptions.Scalar), 1);
        var golden = Golden.GetProperty("netreceive_initial");
        var weights = golden.GetProperty("weights_before").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        h.State.T = 0;
        h.Kernels.InitializeNetReceive(h.Block, h.State, 0, weights);
        Assert.Equal(golden.GetProperty(mechanism).EnumerateArray().Select(e => e.GetDouble()), weights);
    }

    [Fact]
    public void FUNCTION_TABLE_lookups_equal_NEURON_bit_for_bit()
    {
        var d = Compile(Path.Combine(Paths.Oracle, "mod", "cgftable.mod"), BackendOptions.Scalar);
        var golden = Golden.GetProperty("function_table");
        double[] Numbers(JsonElement e) => [.. e.EnumerateArray().Select(x => x.GetDouble())];
        var table = d.FunctionTables.ToDictionary(t => t.Name);
        Assert.Equal(["tpoints", "tevenly", "tconst"], d.FunctionTables.Select(t => t.Name));
        table["tpoints"].Set(Numbers(golden.GetProperty("points").GetProperty("y")), Numbers(golden.GetProperty("points").GetProperty("x")));
        var evenly = golden.GetProperty("evenly");
        table["tevenly"].Set(Numbers(evenly.GetProperty("y")), evenly.GetProperty("min").GetDouble(), evenly.GetProperty("max").GetDouble());
        table["tconst"].SetConstant(golden.GetProperty("constant").GetDouble());
        var h = new Harness(d, 1);
        var probe = h.Kernels.GetType().GetMethod("F_probe", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;
        var x = Numbers(golden.GetProperty("probe_x"));
        foreach (var (name, which) in new[] { ("tpoints", 0.0), ("tevenly", 1.0), ("tconst", 2.0) })
        {
            var expected = Numbers(golden.GetProperty(name));
            for (var k = 0; k < x.Length; k++)
                Assert.True(expected[k] == (double)probe.Invoke(h.Kernels, [h.Block, h.State, 0, -65.0, x[k], which])!, $"{name}({x[k]}): NEURON {expected[k]}");
        }
    }

    [Fact]
    public void An_unfilled_FUNCTION_TABLE_names_itself_and_bad_tables_are_refused()
    {
        var d = Compile(Path.Combine(Paths.Oracle, "mod", "cgftable.mod"), BackendOptions.Scalar);
        var h = new Harness(d, 1);
        var probe = h.Kernels.GetType().GetMethod("F_probe", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;
        var error = Assert.Throws<System.Reflection.TargetInvocationException>(() => probe.Invoke(h.Kernels, [h.Block, h.State, 0, -65.0, 1.0, 0.0]));
        Assert.Contains("FUNCTION_TABLE tpoints of mechanism 'cgftable' has no values", error.InnerException!.Message);
        var table = d.FunctionTables[0];
        Assert.Contains("must not decrease", Assert.Throws<ArgumentException>(() => table.Set([1.0, 2.0], [1.0, 0.5])).Message);
        Assert.Contains("same nonzero length", Assert.Throws<ArgumentException>(() => table.Set([1.0, 2.0], [1.0])).Message);
        Assert.Contains("min 2 is greater than max 1", Assert.Throws<ArgumentException>(() => table.Set([1.0, 2.0], 2.0, 1.0)).Message);
    }

    [Fact]
    public void FOR_NETCONS_updates_every_NetCon_of_the_target_as_NEURON_does()
    {
        var golden = Golden.GetProperty("for_netcons");
        var weights = golden.GetProperty("first_weights").EnumerateArray().Select(w => new[] { w.GetDouble(), 99.0, 99.0 }).ToList();
        var d = Compile(Path.Combine(Paths.Oracle, "mod", "cgfornc.mod"), BackendOptions.Scalar);
        var sink = new NetConListEvents(weights);
        var h = new Harness(d, 1);
        var state = new CellGroupState(1, sink);
        h.Kernels.Initialize(h.Block, state);
        foreach (var w in weights) h.Kernels.InitializeNetReceive(h.Block, state, 0, w);
        foreach (var k in golden.GetProperty("deliveries").EnumerateArray()) h.Kernels.NetReceive(h.Block, state, 0, weights[k.GetInt32()], 0);
        var expected = golden.GetProperty("weights").EnumerateArray().Select(w => w.EnumerateArray().Select(x => x.GetDouble()).ToArray()).ToList();
        Assert.Equal(expected, weights);
        Assert.Equal(golden.GetProperty("total").GetDouble(), h.Field("total")[0]);
    }

    [Fact]
    public void FOR_NETCONS_in_a_simulated_network_gives_NEURONs_weights()
    {
        var golden = Golden.GetProperty("for_netcons");
        var sim = new Nrn.Simulation();
        sim.Register(Compile(Path.Combine(Paths.Oracle, "mod", "cgfornc.mod"), BackendOptions.Scalar));
        var target = sim.PointProcess("cgfornc", sim.Section("fornetcons")[0.5]);
        var netCons = golden.GetProperty("first_weights").EnumerateArray().Select(w =>
        {
            var nc = new Nrn.NetCon((Nrn.MechanismObject?)null, target);
            nc.Weight[0] = w.GetDouble();
            nc.Weight[1] = 99;
            nc.Weight[2] = 99;
            return nc;
        }).ToList();
        sim.FInitialize(-65);
        var time = 1.0;
        foreach (var k in golden.GetProperty("deliveries").EnumerateArray()) netCons[k.GetInt32()].Event(time++);
        sim.ContinueRun(5);
        var expected = golden.GetProperty("weights").EnumerateArray().Select(w => w.EnumerateArray().Select(x => x.GetDouble()).ToArray()).ToList();
        Assert.Equal(expected, netCons.Select(nc => Enumerable.Range(0, 3).Select(j => nc.Weight[j]).ToArray()).ToList());
        Assert.Equal(golden.GetProperty("total").GetDouble(), target["total"]);
    }

    [Fact]
    public void WATCH_conditions_fire_at_NEURONs_steps()
    {
        var golden = Golden.GetProperty("watch");
        var sim = new Nrn.Simulation();
        sim.Register(Compile(Path.Combine(Paths.Oracle, "mod", "cgwatch.mod"), BackendOptions.Scalar));
        sim.Register(Compile(Path.Combine(Paths.Oracle, "mod", "cgsine.mod"), BackendOptions.Scalar));
        var soma = sim.Section("watch_soma");
        soma.L = golden.GetProperty("L").GetDouble();
        soma.Diam = golden.GetProperty("diam").GetDouble();
        var watch = sim.PointProcess("cgwatch", soma[0.5]);
        sim.PointProcess("cgsine", soma[0.5]);
        var crossings = new List<double>();
        new Nrn.NetCon(watch, null).Record(crossings);
        sim.FInitialize(-65);
        while (sim.T < golden.GetProperty("tstop").GetDouble() - sim.Dt / 2) sim.FAdvance();
        var expected = golden.GetProperty("crossings").EnumerateArray().Select(e => e.GetDouble()).ToList();
        Assert.Equal(4, expected.Count);
        Assert.Equal(expected, crossings);
        Assert.Equal(golden.GetProperty("count").GetDouble(), watch["count"]);
        Assert.Equal(golden.GetProperty("tlast").GetDouble(), watch["tlast"]);
        Assert.Equal(golden.GetProperty("v_end").GetDouble(), soma[0.5].V, 1e-9);
    }

    [Fact]
    public void WATCH_conditions_on_RANGE_and_GLOBAL_variables_that_change_fire_at_NEURONs_steps()
    {
        var golden = JsonDocument.Parse(File.ReadAllText(Path.Combine(Paths.Oracle, "constructs_golden.json"))).RootElement.GetProperty("cgwatch2");
        var sim = new Nrn.Simulation();
        var type = sim.Register(Compile(Path.Combine(Paths.Oracle, "constructs", "cgwatch2.mod"), BackendOptions.Scalar));
        sim.Register(Compile(Path.Combine(Paths.Oracle, "mod", "cgsine.mod"), BackendOptions.Scalar));
        var soma = sim.Section("watch2");
        soma.L = golden.GetProperty("L").GetDouble();
        soma.Diam = golden.GetProperty("diam").GetDouble();
        var watch = sim.PointProcess("cgwatch2", soma[0.5]);
        var drive = sim.PointProcess("cgsine", soma[0.5]);
        drive["amp"] = golden.GetProperty("amp").GetDouble();
        drive["period"] = golden.GetProperty("period").GetDouble();
        var crossings = new List<double>();
        new Nrn.NetCon(watch, null).Record(crossings);
        sim.FInitialize(-65);
        while (sim.T < golden.GetProperty("tstop").GetDouble() - sim.Dt / 2) sim.FAdvance();
        var expected = golden.GetProperty("crossings").EnumerateArray().Select(e => e.GetDouble()).ToList();
        Assert.Equal(9, expected.Count);
        Assert.Equal(expected, crossings);
        foreach (var name in new[] { "count", "th", "low" }) Assert.Equal(golden.GetProperty(name).GetDouble(), watch[name]);
        Assert.Equal(golden.GetProperty("hyst").GetDouble(), type["hyst"]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void BEFORE_AFTER_blocks_run_at_NEURONs_points(bool simd)
    {
        var golden = Golden.GetProperty("before_after");
        var h = new Harness(Compile(Path.Combine(Paths.Oracle, "mod", "cgba.mod"), new BackendOptions(Simd: simd)), 3);
        void At(BeforeAfterTiming timing) => h.Kernels.BeforeAfter(h.Block, h.State, timing);
        // finitialize, in NEURON's order (BeforeAfterTiming's documentation).
        At(BeforeAfterTiming.BeforeInitial);
        h.Kernels.Initialize(h.Block, h.State);
        At(BeforeAfterTiming.AfterInitial);
        At(BeforeAfterTiming.BeforeBreakpoint);
        h.Kernels.ComputeCurrent(h.Block, h.State);
        At(BeforeAfterTiming.BeforeStep);
        for (var step = 0; step <= 5; step++)
        {
            if (step > 0)
            {
                At(BeforeAfterTiming.BeforeBreakpoint);
                h.Kernels.ComputeCurrent(h.Block, h.State);
                h.Kernels.AdvanceState(h.Block, h.State);
                At(BeforeAfterTiming.AfterSolve);
                At(BeforeAfterTiming.BeforeStep);
            }
            foreach (var variable in golden.EnumerateObject())
                for (var i = 0; i < h.Block.Count; i++)
                    Assert.True(variable.Value[step].GetDouble() == h.Field(variable.Name)[i], $"{variable.Name} after step {step}: NEURON {variable.Value[step]}, here {h.Field(variable.Name)[i]}");
        }
    }

    [Fact]
    public void A_read_and_written_current_is_the_ions_total_as_in_NEURON()
    {
        var golden = Golden.GetProperty("ica_read");
        const double otherCurrent = 0.002;
        var fields = Enumerable.Range(0, 5).Select(_ => new double[8]).ToArray();
        var ion = new IonBinding(fields, [0, 0, 0, 0, 0, 0, 0, 0], 2);
        var h = new Harness(Compile(Path.Combine(Paths.Oracle, "mod", "cgicaread.mod"), BackendOptions.Scalar), 1, [ion]);
        var current = fields[(int)IonField.Current];
        h.Kernels.Initialize(h.Block, h.State);
        Assert.Equal(golden.GetProperty("seeninit").GetDouble(), h.Field("seeninit")[0]);
        var c = golden.GetProperty("c").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        Assert.Equal(c[0], h.Field("c")[0]);
        for (var step = 1; step < c.Length; step++)
        {
            // The ion's currents are zeroed each step; cgicawrite, inserted second in NEURON, adds its part after ours.
            current[0] = 0;
            h.Kernels.ComputeCurrent(h.Block, h.State);
            current[0] += otherCurrent;
            h.Kernels.AdvanceState(h.Block, h.State);
            Assert.Equal(c[step], h.Field("c")[0]);
        }
    }

    private sealed class NetConListEvents(List<double[]> weights) : IEventSink
    {
        public void NetSend(MechanismBlock block, int instance, double deliveryTime, double flag) => throw new InvalidOperationException("unexpected net_send");
        public void NetEvent(MechanismBlock block, int instance, double time) => throw new InvalidOperationException("unexpected net_event");
        public void NetMove(MechanismBlock block, int instance, double deliveryTime) => throw new InvalidOperationException("unexpected net_move");
        public IReadOnlyList<double[]> NetConWeights(MechanismBlock block, int instance) => weights;
    }

    [Fact]
    public void Hh_like_mod_text_computes_exactly_what_the_hand_built_IR_computes()
    {
        var fromText = Compile(Path.Combine(Paths.RepositoryRoot, "tests", "Nmodl.Codegen.Tests", "EndToEnd", "hhlike.mod"), new BackendOptions());
        var byHand = MechanismCompiler.CompileInMemory(HhLike.Build(), new BackendOptions());
        // Like NEURON's psection, the mod text's descriptor does not list the ion currents it writes;
        // the hand-built IR keeps them as plain fields.
        string[] ionCurrents = ["ina", "ik"];
        Assert.DoesNotContain(fromText.Range, r => ionCurrents.Contains(r.Name));
        Assert.Equal(byHand.Range.Where(r => !ionCurrents.Contains(r.Name)).Select(r => (r.Name, r.Kind, r.Default, r.Units)).OrderBy(r => r.Name), fromText.Range.Select(r => (r.Name, r.Kind, r.Default, r.Units)).OrderBy(r => r.Name));
        var a = Run(fromText);
        var b = Run(byHand);
        Assert.Equal(b, a);
    }

    private static List<double> Run(MechanismDescriptor d)
    {
        const int count = 13;
        var h = new Harness(d, count, HhLike.Ions(count, 16));
        for (var i = 0; i < count; i++) h.State.V[i] = -80 + 9 * i;
        h.Kernels.Initialize(h.Block, h.State);
        var output = new List<double>();
        for (var step = 0; step < 10; step++)
        {
            h.Kernels.ComputeCurrent(h.Block, h.State);
            h.Kernels.AdvanceState(h.Block, h.State);
            output.AddRange(h.State.Rhs);
            output.AddRange(h.State.D);
        }
        foreach (var name in new[] { "m", "h", "n", "gna", "gk", "il" }) output.AddRange(h.Field(name).Take(count));
        return output;
    }

    private static MechanismDescriptor Compile(string path, BackendOptions options)
    {
        var bound = ModFrontEnd.LowerFile(path);
        Assert.False(bound.HasErrors, string.Join("\n", bound.Diagnostics));
        return MechanismCompiler.CompileInMemory(bound.Mechanism!, options);
    }
}
