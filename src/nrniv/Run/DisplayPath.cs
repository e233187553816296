namespace Nrniv.Run;

/// <summary>How a script file is named in messages: relative to the current folder when it is
/// inside it (as the user most likely typed it), else in full.</summary>
internal static class DisplayPath
{
    public static string Of(string path)
    {
        if (path.Length == 0) return path;
        var relative = System.IO.Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative == ".." || relative.StartsWith(".." + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal)
            || System.IO.Path.IsPathRooted(relative) ? path : relative;
    }
}
