using Nrn.Hoc;

namespace Nrn;

public sealed partial class Simulation
{
    private HocState? _hoc;

    /// <summary>Runs a HOC file of cell geometry (NEURON's <c>h.load_file("myneuron.hoc")</c>): its
    /// sections join this simulation under NEURON's names (<c>soma</c>, <c>dend[0]</c>). Errors are
    /// <see cref="HocException"/>s located as <c>myneuron.hoc:3:5</c>. Files loaded into one
    /// simulation share their names and variables, as in NEURON's one interpreter.</summary>
    public void LoadHoc(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path)) throw new FileNotFoundException($"HOC file '{Path.GetFullPath(path)}' does not exist", path);
        ExecuteHoc(File.ReadAllText(path), path);
    }

    /// <summary>Runs HOC text (NEURON's <c>h("...")</c>); <paramref name="sourceName"/> names it in errors.</summary>
    public void ExecuteHoc(string code, string sourceName = "hoc")
    {
        ArgumentNullException.ThrowIfNull(code);
        HocInterpreter.Run(this, _hoc ??= new HocState(), code, sourceName);
    }

    /// <summary>The section HOC calls <paramref name="name"/> (<c>soma</c>, <c>dend[2]</c>; NEURON's <c>h.soma</c>, <c>h.dend[2]</c>).</summary>
    public Section HocSection(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var bracket = name.IndexOf('[');
        var array = bracket < 0 ? name : name[..bracket];
        if (_hoc is not null && _hoc.Sections.TryGetValue(array, out var entry))
        {
            var index = 0;
            var valid = bracket < 0
                ? !entry.IsArray || entry.Sections.Length > 0
                : entry.IsArray && name.EndsWith(']') && int.TryParse(name[(bracket + 1)..^1], out index) && index >= 0 && index < entry.Sections.Length;
            if (valid && !entry.Sections[index].Deleted) return entry.Sections[index];
        }
        throw new ArgumentException($"HOC has no section '{name}'", nameof(name));
    }
}
