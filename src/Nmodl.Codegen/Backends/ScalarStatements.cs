using Nmodl.Codegen.Ir;

namespace Nmodl.Codegen.Backends;

/// <summary>Prints IR statements as scalar C# for one instance <c>i</c>, each preceded by a
/// <c>#line</c> directive naming its .mod line (or <c>#line hidden</c> for generated code).</summary>
public sealed class ScalarStatements(CodeWriter w, ScalarExpressions x, int systemSize = 0)
{
    public void Write(IEnumerable<Stmt> body)
    {
        foreach (var s in body) Write(s);
    }

    public static void LineDirective(CodeWriter w, SourceLocation location) =>
        w.Directive(location.IsKnown ? $"#line {location.Line} {CSharpNames.String(location.File)}" : "#line hidden");

    private void Write(Stmt s)
    {
        if (s is not (Block or LocalDecl)) LineDirective(w, s.Location);
        switch (s)
        {
            case Assign a:
                w.Line($"{x.Name(a.Target)} = {x.Value(a.Value)};");
                break;
            case Accumulate a:
                w.Line($"{x.Name(a.Target)} += {x.Value(a.Value)};");
                break;
            case AssignElement a:
                w.Open($"switch ({ArrayIndexWriter.Call(x.Value(a.Index), a.Elements.Length, a.Array)})");
                for (var k = 0; k < a.Elements.Length; k++)
                    w.Line($"{(k == a.Elements.Length - 1 ? "default" : $"case {k}")}: {x.Name(a.Elements[k])} = {x.Value(a.Value)}; break;");
                w.Close();
                break;
            case LocalDecl d when d.Names.Length > 0:
                w.Line($"double {string.Join(", ", d.Names.Select(n => CSharpNames.Local(n) + " = 0.0"))};");
                break;
            case LocalDecl:
                break;
            case If i:
                w.Open($"if ({x.Condition(i.Condition)})");
                Write(i.Then);
                w.Close();
                if (i.Else.Length > 0)
                {
                    w.Open("else");
                    Write(i.Else);
                    w.Close();
                }
                break;
            case While l:
                w.Open($"while ({x.Condition(l.Condition)})");
                Write(l.Body);
                w.Close();
                break;
            case For f:
            {
                // nocmodl's counter is a C int: both bounds are truncated toward zero.
                var counter = x.Name(f.Counter);
                w.Open($"for ({counter} = (int){x.Value(f.From)}; {counter} <= (int){x.Value(f.To)}; {counter} += {x.Value(f.Step)})");
                Write(f.Body);
                w.Close();
                break;
            }
            case Block b:
                w.Open("");
                Write(b.Body);
                w.Close();
                break;
            case WatchActivate a:
                w.Line($"state.Events.WatchActivate(block, i, {a.Index}, {CSharpNames.Literal(a.Flag)}, !watchesActivated);");
                w.Line("watchesActivated = true;");
                break;
            case ForNetCons l:
                w.Open("foreach (var netConWeights in state.Events.NetConWeights(block, i))");
                Write(l.Body);
                w.Close();
                break;
            case TableLookup { IsFunction: true } l:
                w.Line($"{x.Name(l.Columns[0].Target)} = {x.UserCall(Call.User(l.Function, l.Argument))};");
                break;
            case TableLookup l:
                w.Line($"{x.UserCall(Call.User(l.Function, l.Argument))};");
                break;
            case CallStmt { Call.IsUser: true } c:
                w.Line($"{x.UserCall(c.Call)};");
                break;
            case CallStmt c:
                w.Line($"_ = {x.Value(c.Call)};");
                break;
            case Printf p:
                var format = Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(p.Format, quote: true);
                w.Line($"global::Nrn.CLib.CStdio.Printf({string.Concat(p.Arguments.Select(a => ", " + x.Value(a)).Prepend(format))});");
                break;
            case NetSend n:
                w.Line($"state.Events.NetSend(block, i, t + {x.Value(n.Delay)}, {x.Value(n.Flag)});");
                break;
            case NetEvent n:
                w.Line($"state.Events.NetEvent(block, i, {x.Value(n.Time)});");
                break;
            case NetMove n:
                w.Line($"state.Events.NetMove(block, i, {x.Value(n.Time)});");
                break;
            case NewtonStep n:
                w.Line($"{CSharpNames.Newton(n.Name)}(block, state, i, v);");
                break;
            case SparseStep n:
                w.Line($"{CSharpNames.Sparse(n.Name)}(block, state, i, v);");
                break;
            case MatrixAdd m:
                w.Line($"matrix[{m.Row * systemSize + m.Column}] += {x.Value(m.Value)};");
                break;
            case RhsAdd r:
                w.Line($"b[{r.Row}] += {x.Value(r.Value)};");
                break;
            default:
                throw new InvalidOperationException($"internal error: statement {s.GetType().Name} at {s.Location} reached the C# backend unlowered");
        }
    }
}
