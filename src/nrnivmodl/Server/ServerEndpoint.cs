using System.Security.Cryptography;
using System.Text;

namespace Nrnivmodl.Server;

/// <summary>Where the compile server of this very compiler listens: a Unix socket in a folder only
/// the user can enter, named by a hash of the compiler's identity and location, so a rebuilt or
/// another copy of nrnivmodl never talks to a server started by an old one.</summary>
internal static class ServerEndpoint
{
    /// <summary>Set (to anything but 0) to build in-process, as <c>--no-server</c> does.</summary>
    public const string DisableVariable = "NRNIVMODL_NO_SERVER";

    /// <summary>The folder of the socket and its lock (default: nrnivmodl-USER in the temporary folder).</summary>
    public const string FolderVariable = "NRNIVMODL_SERVER_DIR";

    /// <summary>A server with no request for this long exits.</summary>
    public static readonly TimeSpan IdleLimit = TimeSpan.FromMinutes(10);

    public static bool Disabled => Environment.GetEnvironmentVariable(DisableVariable) is { Length: > 0 } value && value != "0";

    public static string Folder =>
        Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } folder
            ? Path.GetFullPath(folder)
            : Path.Combine(Path.GetTempPath(), "nrnivmodl-" + Environment.UserName);

    public static string Key { get; } = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
        BuildManifest.CompilerIdentity + "\n" + typeof(ServerEndpoint).Assembly.Location)))[..16];

    public static string SocketPath => Path.Combine(Folder, Key + ".sock");

    /// <summary>Held by the running server, so that two clients starting one at once get one.</summary>
    public static string LockPath => Path.Combine(Folder, Key + ".lock");

    public const string NoServerOption = "--no-server";
    public const string ShutdownOption = "--shutdown-server";

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public static void CreateFolder() =>
        Directory.CreateDirectory(Folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
}
