namespace Nmodl.Codegen.Backends;

/// <summary>Writes the check behind every array index known only at run time: the index is
/// truncated toward zero as nocmodl's <c>(int)</c> cast does, and one outside the array (or NaN)
/// stops with an error naming the mechanism, the array and the value instead of reading a
/// neighbouring variable as NEURON's C would.</summary>
public static class ArrayIndexWriter
{
    public const string MethodName = "ArrayIndex";

    public static void Write(CodeWriter w, string mechanism)
    {
        w.Open($"private static int {MethodName}(double index, int length, string array)");
        w.Line("if (index > -1.0 && index < length) return (int)index;");
        w.Line($"throw new IndexOutOfRangeException({CSharpNames.String($"mechanism '{mechanism}': index ")} + index.ToString(\"R\", System.Globalization.CultureInfo.InvariantCulture) + \" of '\" + array + \"' is outside 0 to \" + (length - 1));");
        w.Close();
    }

    /// <summary>The C# expression of the element number of <c>array[index]</c>.</summary>
    public static string Call(string index, int length, string array) => $"{MethodName}({index}, {length}, {CSharpNames.String(array)})";
}
