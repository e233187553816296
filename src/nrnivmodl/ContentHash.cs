using System.Security.Cryptography;

namespace Nrnivmodl;

/// <summary>The SHA-256 of a file's bytes, in lower-case hex: what the manifest and the translation
/// cache compare to decide that a file has not changed.</summary>
internal static class ContentHash
{
    public static string Of(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    /// <summary>True when every file exists and still has its recorded hash.</summary>
    public static bool AllMatch(IEnumerable<KeyValuePair<string, string>> hashes) =>
        hashes.All(h => File.Exists(h.Key) && Of(h.Key) == h.Value);
}
