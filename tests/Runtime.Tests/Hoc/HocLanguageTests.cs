namespace Nrn.Runtime.Tests.Hoc;

/// <summary>The HOC subset's semantics, each as NEURON's hoc defines it: expressions and their
/// precedence, loops and branches, names, the current section, re-creation.</summary>
public sealed class HocLanguageTests
{
    private static Simulation Run(string code)
    {
        var sim = new Simulation();
        sim.ExecuteHoc(code, "test.hoc");
        return sim;
    }

    [Theory]
    [InlineData("1 + 2 * 3", 7)]
    [InlineData("(1 + 2) * 3", 9)]
    [InlineData("2 ^ 3 ^ 2", 512)]          // right associative
    [InlineData("-2 ^ 2", -4)]              // ^ binds tighter than unary minus
    [InlineData("7 % 4 + 10 / 4", 5.5)]
    [InlineData("1e2 + .5 + 2.5e-1", 100.75)]
    [InlineData("3 > 2 && 2 >= 2 && !(1 == 2) && 1 != 2", 1)]
    [InlineData("0 || 2 < 1", 0)]
    [InlineData("sqrt(16) + exp(0) + log(E) + int(-2.7) + fabs(-1) + atan2(0, 1)", 5)]
    [InlineData("PI", Math.PI)]
    public void Expressions_follow_hocs_precedence(string expression, double expected)
    {
        var sim = Run($"create s\ns {{ L = 1000 + ({expression}) }}\n");
        Assert.Equal(1000 + expected, sim.HocSection("s").L, 12);
    }

    [Fact]
    public void Loops_branches_and_variables()
    {
        var sim = Run("""
            create d[4]
            n = 0
            for i = 0, 3 {
                d[i] { L = 10 * (i + 1) }
                if (i % 2 == 0) { d[i].nseg = 3 } else d[i].nseg = 5
                n = n + 1
            }
            for i = 5, 4 d[0].L = 999      // empty range: body never runs
            d[0].diam = n
            """);
        Assert.Equal([10.0, 20, 30, 40], sim.AllSec.Select(s => s.L));
        Assert.Equal([3, 5, 3, 5], sim.AllSec.Select(s => s.Nseg));
        Assert.Equal(4, sim.HocSection("d[0]").Diam);
    }

    [Fact]
    public void Statements_without_a_section_act_on_the_accessed_one_and_blocks_nest()
    {
        var sim = Run("""
            create a, b, c
            L = 11                 // a: the first section created is accessed
            access b
            L = 22
            c { L = 33  b { L = L + 1 }  diam = 4 }
            a.Ra = b.L + c.L       // 23 + 33
            """);
        Assert.Equal(11, sim.HocSection("a").L);
        Assert.Equal(23, sim.HocSection("b").L);
        Assert.Equal((33, 4.0), (sim.HocSection("c").L, sim.HocSection("c").Diam));
        Assert.Equal(56, sim.HocSection("a").Ra);
    }

    [Fact]
    public void Forall_and_forsec_visit_the_sections_whose_names_match()
    {
        var sim = Run("""
            create soma, dend[2], axon, adend
            forall nseg = 3
            forsec "dend" { L = 50 }
            forsec "a.o" L = 7
            """);
        Assert.All(sim.AllSec, s => Assert.Equal(3, s.Nseg));
        Assert.Equal([100.0, 50, 50, 7, 50], sim.AllSec.Select(s => s.L));
    }

    [Fact]
    public void Both_connect_forms_attach_the_given_end()
    {
        var sim = Run("""
            create soma, apic, basal, tip
            soma {
                connect apic(0), 1
                connect basal(0), 0
            }
            connect tip(1), apic(0.5)
            """);
        Assert.Equal((sim.HocSection("soma"), 1.0), (sim.HocSection("apic").Parent, sim.HocSection("apic").ParentX));
        Assert.Equal((sim.HocSection("soma"), 0.0), (sim.HocSection("basal").Parent, sim.HocSection("basal").ParentX));
        Assert.Equal((sim.HocSection("apic"), 0.5, 1.0), (sim.HocSection("tip").Parent, sim.HocSection("tip").ParentX, sim.HocSection("tip").Orientation));
    }

    [Fact]
    public void Creating_a_name_again_replaces_its_sections()
    {
        var sim = Run("create soma, dend[3]\ndend[1] L = 5\ncreate dend[2]\n");
        Assert.Equal(["soma", "dend[0]", "dend[1]"], sim.AllSec.Select(s => s.Name));
        Assert.Equal(100, sim.HocSection("dend[1]").L);
        Assert.Throws<ArgumentException>(() => sim.HocSection("dend[2]"));
    }

    [Fact]
    public void Names_and_variables_persist_between_files_of_one_simulation()
    {
        var sim = Run("create soma\nlength = 30\n");
        sim.ExecuteHoc("soma L = length\n", "second.hoc");
        Assert.Equal(30, sim.HocSection("soma").L);
    }

    [Fact]
    public void Simulation_variables_are_the_simulations()
    {
        var sim = Run("celsius = 16.3\ndt = 0.01\ntstop = 12\nv_init = -70\n");
        Assert.Equal((16.3, 0.01, 12.0, -70.0), (sim.Celsius, sim.Dt, sim.Tstop, sim.VInit));
    }

    [Fact]
    public void Range_variables_of_inserted_mechanisms_are_set_in_every_segment_and_other_names_are_variables()
    {
        var sim = TestSupport.NewSimulation();
        sim.ExecuteHoc("create cable\ncable { nseg = 3  insert pas  g_pas = 2e-4  e_pas = -60 }\nmy_length = g_pas * 1e5\ncable.L = my_length\n", "test.hoc");
        Assert.All(sim.HocSection("cable").Segments(), seg => Assert.Equal((2e-4, -60.0), (seg["g_pas"], seg["e_pas"])));
        Assert.Equal(20, sim.HocSection("cable").L, 12);
    }
}
