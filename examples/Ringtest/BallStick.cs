using Nrn;

namespace Ringtest;

/// <summary>ringtest's B_BallStick (cell.hoc): a 12.6157 um soma with hh and a tree of dendrites
/// with pas and hh (dend[0]: 200 um on the soma's end, the others 10 um), an excitatory ExpSyn at
/// dend[0](0.8) (tau 2 ms, e 0) and an inhibitory one at dend[0](0.1) (tau 5 ms, e -80 mV).</summary>
public sealed class BallStick
{
    public BallStick(Simulation sim, int gid, CellTopology topology)
    {
        Soma = sim.Section($"soma_{gid}");
        var dendrites = new Section[topology.Parent.Length];
        for (var i = 0; i < dendrites.Length; i++) dendrites[i] = sim.Section($"dend_{gid}_{i}");
        dendrites[0].Connect(Soma, 1);
        for (var i = 1; i < dendrites.Length; i++) dendrites[i].Connect(dendrites[topology.Parent[i]], 1);
        for (var i = 0; i < dendrites.Length; i++) dendrites[i].Nseg = topology.Nseg[i];
        // The 3-d points of the template's basic_shape, rescaled by the L and diam set after them.
        Soma.Pt3dClear();
        Soma.Pt3dAdd(0, 0, 0, 1);
        Soma.Pt3dAdd(15, 0, 0, 1);
        dendrites[0].Pt3dClear();
        dendrites[0].Pt3dAdd(15, 0, 0, 1);
        dendrites[0].Pt3dAdd(105, 0, 0, 1);
        Soma.L = 12.6157;
        Soma.Diam = 12.6157;
        dendrites[0].L = 200;
        dendrites[0].Diam = 1;
        foreach (var d in dendrites.Skip(1))
        {
            d.L = 10;
            d.Diam = 1;
        }
        foreach (var s in dendrites.Prepend(Soma))
        {
            s.Ra = 100;
            s.Cm = 1;
        }
        Soma.Insert("hh");
        var hh = Soma[0.5];
        hh["gnabar_hh"] = 0.12;
        hh["gkbar_hh"] = 0.036;
        hh["gl_hh"] = 0.0003;
        hh["el_hh"] = -54.3;
        foreach (var d in dendrites)
        {
            d.Insert("pas");
            foreach (var seg in d.Segments())
            {
                seg["g_pas"] = 0.001;
                seg["e_pas"] = -65;
            }
            d.Insert("hh");
        }
        Excitatory = sim.PointProcess("ExpSyn", dendrites[0][0.8]);
        Excitatory["tau"] = 2;
        Inhibitory = sim.PointProcess("ExpSyn", dendrites[0][0.1]);
        Inhibitory["tau"] = 5;
        Inhibitory["e"] = -80;
        Dendrites = dendrites;
    }

    public Section Soma { get; }
    public IReadOnlyList<Section> Dendrites { get; }
    public PointProcess Excitatory { get; }
    public PointProcess Inhibitory { get; }
}
