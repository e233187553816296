using System.Collections.Immutable;
using Nmodl.Codegen.Ir;
using Nmodl.Parser.Diagnostics;
using Nmodl.Parser.Syntax;
using Nmodl.Parser.Text;
using Nrn.Abi;
using AbiKind = Nrn.Abi.MechanismKind;
using SyntaxKind = Nmodl.Parser.Syntax.MechanismKind;

namespace Nmodl.Codegen.Semantics;

/// <summary>The mechanism-level names of a .mod file and where each lives, following NEURON's
/// rules: STATEs and names listed in RANGE (or written as currents) are per instance; other
/// PARAMETERs and ASSIGNEDs are GLOBAL; ion variables read from USEION live in the ion
/// (a written current is a per-instance field the current kernel adds to the ion); v, t, dt,
/// celsius, area and diam are the simulator's; CONSTANTs and UNITS factors are numbers.</summary>
public sealed class MechanismSymbols
{
    private readonly Dictionary<string, VarRef> _variables = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _constants = new(StringComparer.Ordinal);
    private readonly HashSet<string> _states = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _arrays = new(StringComparer.Ordinal);
    private readonly List<Diagnostic> _diagnostics;

    private MechanismSymbols(List<Diagnostic> diagnostics) => _diagnostics = diagnostics;

    public MechanismInfo Info { get; private set; } = null!;

    public IReadOnlyDictionary<string, (int Arity, bool IsFunction)> Functions { get; private set; } = null!;

    /// <summary>The GLOBAL <c>usetable</c>, declared when any function has a TABLE.</summary>
    public VarRef? UseTable { get; private set; }

    public bool IsState(string name) => _states.Contains(name);

    /// <summary>The length of a declared array (<c>x[4]</c>); its elements resolve as <c>x[0]</c> .. <c>x[3]</c>.</summary>
    public int? ArrayLength(string name) => _arrays.TryGetValue(name, out var n) ? n : null;

    /// <summary>The name an array element resolves under.</summary>
    public static string Element(string array, int index) => $"{array}[{index}]";

    public bool TryResolve(string name, out Expr value)
    {
        if (_variables.TryGetValue(name, out var r))
        {
            value = r;
            return true;
        }
        if (_constants.TryGetValue(name, out var c))
        {
            value = c;
            return true;
        }
        value = 0.0;
        return false;
    }

    public bool IsConstant(string name) => _constants.ContainsKey(name) && !_variables.ContainsKey(name);

    public static MechanismSymbols Build(ModFile file, List<Diagnostic> diagnostics)
    {
        var s = new MechanismSymbols(diagnostics);
        s.Declare(file);
        return s;
    }

    private void Declare(ModFile file)
    {
        var blocks = file.AllBlocks().ToList();
        var neuron = blocks.OfType<NeuronBlock>().SelectMany(b => b.Statements).ToList();
        var suffix = neuron.OfType<SuffixStatement>().FirstOrDefault();
        if (suffix is null) Error(BinderCode.MissingSuffix, file.Span, "the NEURON block names no SUFFIX, POINT_PROCESS or ARTIFICIAL_CELL");
        var name = suffix?.Name.Text ?? Path.GetFileNameWithoutExtension(file.Path);
        var kind = suffix?.Kind switch
        {
            SyntaxKind.PointProcess => AbiKind.PointProcess,
            SyntaxKind.ArtificialCell => AbiKind.ArtificialCell,
            _ => AbiKind.Density,
        };

        CheckReserved(blocks);
        var rangeNames = Names(neuron, NameListKind.Range);
        var globalNames = Names(neuron, NameListKind.Global);
        var nonspecific = neuron.OfType<NameListStatement>().Where(n => n.Kind == NameListKind.NonspecificCurrent).SelectMany(n => n.Names).ToList();
        var electrode = neuron.OfType<NameListStatement>().Where(n => n.Kind == NameListKind.ElectrodeCurrent).SelectMany(n => n.Names).ToList();
        var pointers = neuron.OfType<NameListStatement>().Where(n => n.Kind is NameListKind.Pointer or NameListKind.BbcorePointer).SelectMany(n => n.Names).ToList();
        foreach (var unsupported in neuron.OfType<NameListStatement>().Where(n => n.Kind is NameListKind.External or NameListKind.Random))
            Error(BinderCode.NotSupported, unsupported.Span, $"{unsupported.Kind} variables are not supported yet");

        var ions = new List<IonUse>();
        var ionCurrents = new Dictionary<string, int>(StringComparer.Ordinal);
        var ionVariables = new Dictionary<string, VarRef>(StringComparer.Ordinal);
        foreach (var use in neuron.OfType<UseIonStatement>())
        {
            var ion = use.Ion.Text;
            var binding = ions.Count;
            var reads = new List<IonField>();
            var writes = new List<IonField>();
            foreach (var (list, target) in new[] { (use.Read, reads), (use.Write, writes) })
            {
                foreach (var v in list)
                {
                    if (IonFieldOf(ion, v.Text) is not { } field)
                    {
                        Error(BinderCode.UnknownIonVariable, v.Span, $"'{v.Text}' is not a variable of ion {ion} (e{ion}, {ion}i, {ion}o or i{ion})");
                        continue;
                    }
                    target.Add(field);
                    if (field == IonField.Current && ReferenceEquals(target, writes)) ionCurrents[v.Text] = binding;
                    else ionVariables[v.Text] = VarRef.Ion(v.Text, binding, field);
                }
            }
            ions.Add(new IonUse(ion, reads, writes, use.Valence?.Value));
        }

        var range = new List<RangeVariable>();
        var globals = new List<GlobalVariable>();
        var nextField = 0;
        var nextGlobal = 0;
        // An array x[n] takes n consecutive slots; its elements are separate variables x[0] .. x[n-1].
        bool Declared(Identifier id)
        {
            if (!_variables.ContainsKey(id.Text) && !_arrays.ContainsKey(id.Text)) return false;
            Error(BinderCode.DuplicateDeclaration, id.Span, $"'{id.Text}' is declared twice");
            return true;
        }
        IEnumerable<string> AddElements(Identifier id, int? length, Func<string, int, VarRef> slot, int first)
        {
            if (length is not { } n) { _variables[id.Text] = slot(id.Text, first); return [id.Text]; }
            _arrays[id.Text] = n;
            var names = Enumerable.Range(0, n).Select(k => Element(id.Text, k)).ToList();
            for (var k = 0; k < n; k++) _variables[names[k]] = slot(names[k], first + k);
            return names;
        }
        IEnumerable<string> AddRange(Identifier id, VariableKind k, double value, string units, int? length = null)
        {
            if (Declared(id)) return [];
            range.Add(new RangeVariable(id.Text, units, k, value, nextField, length ?? 1));
            var names = AddElements(id, length, VarRef.Range, nextField);
            nextField += length ?? 1;
            return names;
        }
        void AddGlobal(Identifier id, VariableKind k, double value, string units, int? length = null, bool hidden = false)
        {
            if (Declared(id)) return;
            if (!hidden) globals.Add(new GlobalVariable(id.Text, units, k, value, nextGlobal, length ?? 1));
            AddElements(id, length, VarRef.Global, nextGlobal);
            nextGlobal += length ?? 1;
        }

        foreach (var d in blocks.OfType<DefineBlock>()) _constants[d.Name.Text] = d.Value.Value;
        foreach (var c in blocks.OfType<ConstantBlock>().SelectMany(b => b.Declarations)) _constants[c.Name.Text] = c.Value.Value;
        foreach (var (constant, value) in UnitsBlockConstants.Evaluate(blocks.OfType<UnitsBlock>(), (span, message) => Error(BinderCode.InvalidUnit, span, message)))
            _constants[constant] = value;

        var perInstance = new HashSet<string>(rangeNames, StringComparer.Ordinal);
        foreach (var n in nonspecific.Concat(electrode)) perInstance.Add(n.Text);
        foreach (var n in ionCurrents.Keys) perInstance.Add(n);

        foreach (var p in blocks.OfType<ParameterBlock>().SelectMany(b => b.Declarations))
        {
            if (Implicit(p.Name.Text) is not null || ionVariables.ContainsKey(p.Name.Text)) continue;
            var value = p.Value?.Value ?? 0;
            if (perInstance.Contains(p.Name.Text)) AddRange(p.Name, VariableKind.Parameter, value, p.Unit?.Text ?? "", p.ArraySize);
            else AddGlobal(p.Name, VariableKind.Parameter, value, p.Unit?.Text ?? "", p.ArraySize);
        }
        foreach (var a in blocks.OfType<AssignedBlock>().SelectMany(b => b.Declarations))
        {
            if (Implicit(a.Name.Text) is not null || ionVariables.ContainsKey(a.Name.Text) || pointers.Any(p => p.Text == a.Name.Text)) continue;
            // As in nocmodl, an ASSIGNED variable not declared GLOBAL is per instance, visible by
            // name only when declared RANGE (NetStim's event, on and ispike), TABLE results
            // included (mcna's am, bm, ah, bh): the lookup writes them into the instance.
            if (!globalNames.Contains(a.Name.Text)) AddRange(a.Name, VariableKind.Assigned, 0, a.Unit?.Text ?? "", a.ArraySize);
            else AddGlobal(a.Name, VariableKind.Assigned, 0, a.Unit?.Text ?? "", a.ArraySize);
        }
        foreach (var st in blocks.OfType<StateBlock>().SelectMany(b => b.Declarations))
        {
            if (ionVariables.TryGetValue(st.Name.Text, out var ionState))
            {
                _states.Add(st.Name.Text);
                _variables[st.Name.Text] = ionState;
                continue;
            }
            _states.Add(st.Name.Text);
            _states.UnionWith(AddRange(st.Name, VariableKind.State, st.Start?.Value ?? 0, st.Unit?.Text ?? "", st.ArraySize));
        }
        foreach (var (ionName, binding) in ionCurrents)
            if (!_variables.ContainsKey(ionName)) AddRange(new Identifier(file.Span, ionName), VariableKind.Assigned, 0, "");
        foreach (var n in nonspecific.Concat(electrode))
            if (!_variables.ContainsKey(n.Text)) Error(BinderCode.UndefinedName, n.Span, $"current '{n.Text}' is not declared in ASSIGNED");
        foreach (var (v, r) in ionVariables) _variables.TryAdd(v, r);
        var assigned = blocks.OfType<AssignedBlock>().SelectMany(b => b.Declarations).Select(a => a.Name.Text).ToHashSet(StringComparer.Ordinal);
        // nocmodl copies every USEION variable to and from a declared variable of the mechanism; undeclared, its C does not compile.
        var declared = assigned.Concat(blocks.OfType<ParameterBlock>().SelectMany(b => b.Declarations).Select(p => p.Name.Text))
            .Concat(blocks.OfType<StateBlock>().SelectMany(b => b.Declarations).Select(s => s.Name.Text)).ToHashSet(StringComparer.Ordinal);
        foreach (var use in neuron.OfType<UseIonStatement>())
            foreach (var missing in use.Read.Concat(use.Write).Where(n => !declared.Contains(n.Text) && IonFieldOf(use.Ion.Text, n.Text) is not null).DistinctBy(n => n.Text))
                Error(BinderCode.UndefinedName, missing.Span, $"'{missing.Text}' (USEION {use.Ion.Text}) is not declared in PARAMETER, ASSIGNED or STATE (NEURON's C for it does not compile)");
        foreach (var p in pointers)
            if (!assigned.Contains(p.Text)) Error(BinderCode.UndefinedName, p.Span, $"POINTER '{p.Text}' is not declared in ASSIGNED (NEURON: \"{p.Text} does not have a proper declaration\")");
        for (var p = 0; p < pointers.Count; p++) _variables[pointers[p].Text] = VarRef.Pointer(pointers[p].Text, p);
        foreach (var r in rangeNames)
            if (!_variables.ContainsKey(r) && Implicit(r) is null)
                _diagnostics.Add(BinderDiagnostics.Warning(BinderCode.UndefinedName, neuron.OfType<NameListStatement>().SelectMany(n => n.Names).First(i => i.Text == r).Span,
                    $"RANGE variable '{r}' is not declared in PARAMETER, ASSIGNED or STATE; it is ignored"));
        // A LOCAL outside any block is one variable shared by every instance, starting at 0: a static
        // in nocmodl's C, which hoc does not see (no name_suffix, not in psection or MechanismStandard).
        foreach (var shared in blocks.OfType<LocalBlock>().SelectMany(b => b.Variables))
            AddGlobal(shared.Name, VariableKind.Assigned, 0, "", shared.ArraySize, hidden: true);

        var functions = new Dictionary<string, (int, bool)>(StringComparer.Ordinal);
        foreach (var f in blocks.OfType<FunctionBlock>()) functions[f.Name.Text] = (f.Parameters.Length, true);
        foreach (var p in blocks.OfType<ProcedureBlock>()) functions[p.Name.Text] = (p.Parameters.Length, false);
        var tables = blocks.OfType<FunctionTableBlock>().ToList();
        foreach (var t in tables)
        {
            if (t.Parameters.Length > 0) functions[t.Name.Text] = (t.Parameters.Length, true);
            else Error(BinderCode.WrongArgumentCount, t.Span, $"FUNCTION_TABLE {t.Name.Text} needs at least one argument");
        }
        Functions = functions;

        if (blocks.OfType<CodeBlock>().Any(b => b.Body.DescendantNodes().OfType<TableStatement>().Any()))
        {
            UseTable = VarRef.Global("usetable", nextGlobal);
            globals.Add(new GlobalVariable("usetable", "", VariableKind.Parameter, 1, nextGlobal++));
        }

        var currents = new List<CurrentInfo>();
        foreach (var st in neuron)
        {
            switch (st)
            {
                case UseIonStatement use:
                    foreach (var w in use.Write.Where(w => ionCurrents.ContainsKey(w.Text)))
                        currents.Add(new CurrentInfo(_variables[w.Text], ionCurrents[w.Text]));
                    break;
                case NameListStatement { Kind: NameListKind.NonspecificCurrent or NameListKind.ElectrodeCurrent } list:
                    foreach (var n in list.Names.Where(n => _variables.ContainsKey(n.Text)))
                        currents.Add(new CurrentInfo(_variables[n.Text], null));
                    break;
            }
        }

        var netReceive = blocks.OfType<NetReceiveBlock>().FirstOrDefault();
        // NEURON keeps an ion current a mechanism writes in the ion: it is no variable of the mechanism.
        var visible = range.Where(r => rangeNames.Contains(r.Name) || r.Kind != VariableKind.Assigned
            || (perInstance.Contains(r.Name) && !ionCurrents.ContainsKey(r.Name))).ToList();
        Info = new MechanismInfo(name, kind, visible, globals, ions, [.. pointers.Select(p => p.Text)], netReceive?.Parameters.Length ?? 0, file.Path)
        {
            Currents = currents,
            IsElectrodeCurrent = electrode.Count > 0,
            FunctionTables = [.. tables.Where(t => t.Parameters.Length > 0).Select(t => new FunctionTableInfo(t.Name.Text, t.Parameters.Length))],
            FieldCount = nextField,
            GlobalCount = nextGlobal,
        };
    }

    private void CheckReserved(List<Nmodl.Parser.Syntax.Block> blocks)
    {
        var declared = blocks.OfType<ParameterBlock>().SelectMany(b => b.Declarations).Select(d => d.Name)
            .Concat(blocks.OfType<AssignedBlock>().SelectMany(b => b.Declarations).Select(d => d.Name))
            .Concat(blocks.OfType<StateBlock>().SelectMany(b => b.Declarations).Select(d => d.Name))
            .Concat(blocks.OfType<ConstantBlock>().SelectMany(b => b.Declarations).Select(d => d.Name))
            .Concat(blocks.OfType<DefineBlock>().Select(d => d.Name))
            .Concat(blocks.OfType<FunctionBlock>().Select(f => f.Name))
            .Concat(blocks.OfType<ProcedureBlock>().Select(p => p.Name))
            .Concat(blocks.OfType<FunctionTableBlock>().Select(t => t.Name));
        foreach (var id in declared.Where(id => ReservedNames.IsReserved(id.Text)))
            Error(BinderCode.ReservedName, id.Span, $"'{id.Text}' is a reserved word (a function NMODL provides); nocmodl refuses to declare it: rename it");
    }

    /// <summary>The simulator's own variables, whatever block declares them.</summary>
    public static VarRef? Implicit(string name) => name switch
    {
        "v" => VarRef.V,
        "t" => VarRef.T,
        "dt" => VarRef.Dt,
        "celsius" => VarRef.Celsius,
        "area" => VarRef.Area,
        "diam" => VarRef.Diam,
        _ => null,
    };

    private static IonField? IonFieldOf(string ion, string variable) =>
        variable == "e" + ion ? IonField.Erev
        : variable == ion + "i" ? IonField.Inside
        : variable == ion + "o" ? IonField.Outside
        : variable == "i" + ion ? IonField.Current
        : null;

    private static ImmutableHashSet<string> Names(IEnumerable<NeuronStatement> statements, NameListKind kind) =>
        [.. statements.OfType<NameListStatement>().Where(n => n.Kind == kind).SelectMany(n => n.Names).Select(n => n.Text)];

    private void Error(BinderCode code, SourceSpan span, string message) => _diagnostics.Add(BinderDiagnostics.Error(code, span, message));
}
