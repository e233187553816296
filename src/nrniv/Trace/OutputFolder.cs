namespace Nrniv.Trace;

/// <summary>Writes a folder all at once: files go to a temporary folder beside the target, which
/// replaces the target only when everything was written; on failure the temporary folder is
/// deleted and the target is left as it was.</summary>
public static class OutputFolder
{
    public static void Write(string target, Action<string> writeInto)
    {
        var full = Path.GetFullPath(target);
        var parent = Path.GetDirectoryName(full) ?? throw new TraceException($"--out {target}: not a folder that can be written");
        try
        {
            Directory.CreateDirectory(parent);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new TraceException($"--out {target}: cannot create {parent}: {e.Message}", e);
        }
        var temporary = Path.Combine(parent, $".{Path.GetFileName(full)}.partial-{Guid.NewGuid():N}");
        Directory.CreateDirectory(temporary);
        try
        {
            writeInto(temporary);
            Replace(full, temporary);
        }
        catch
        {
            DeleteQuietly(temporary);
            throw;
        }
    }

    private static void Replace(string target, string temporary)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(temporary, target);
            return;
        }
        var old = temporary + ".old";
        Directory.Move(target, old);
        Directory.Move(temporary, target);
        DeleteQuietly(old);
    }

    private static void DeleteQuietly(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Only a leftover temporary folder; the target is already complete or untouched.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
