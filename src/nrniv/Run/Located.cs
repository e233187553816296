namespace Nrniv.Run;

/// <summary>One message about a place in a script, printed as compilers print them:
/// <c>script.csx:12:5: error CS0103: ...</c> (line and column from 1; line 0 when the place is the whole file).</summary>
internal sealed record Located(string Path, int Line, int Column, bool IsError, string Text)
{
    public override string ToString() =>
        Line > 0 ? $"{DisplayPath.Of(Path)}:{Line}:{Column}: {Text}" : $"{DisplayPath.Of(Path)}: {Text}";
}
