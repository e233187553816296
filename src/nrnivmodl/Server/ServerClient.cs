using System.Diagnostics;
using System.Net.Sockets;

namespace Nrnivmodl.Server;

/// <summary>nrnivmodl's side of the compile server: sends the command to the running server of
/// this compiler, starting one when there is none, and prints what it sends back. Any failure
/// (no server after a few seconds, a refusal, a broken connection) returns null: the caller then
/// builds in-process, and the build's atomic output makes a repeated build harmless.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
internal static class ServerClient
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(5);

    /// <summary>True when <paramref name="args"/> are to be run by the server: not disabled by
    /// <c>--no-server</c> or <see cref="ServerEndpoint.DisableVariable"/>, and not about the server itself.</summary>
    public static bool Applies(string[] args) =>
        !ServerEndpoint.Disabled && !args.Any(a => a is ServerEndpoint.NoServerOption or ServerEndpoint.ShutdownOption or CompileServer.Argument);

    /// <summary>Runs <paramref name="args"/> in the server; null when it could not (build in-process then).</summary>
    public static int? TryRun(string[] args, TextWriter output, TextWriter error)
    {
        var printed = false;
        try
        {
            using var socket = Connect() ?? StartAndConnect();
            if (socket is null) return null;
            using var stream = new NetworkStream(socket);
            using var writer = new BinaryWriter(stream);
            using var reader = new BinaryReader(stream);
            ServerProtocol.WriteBuild(writer, new ServerProtocol.BuildRequest(BuildManifest.CompilerIdentity,
                Environment.CurrentDirectory, Environment.GetEnvironmentVariable("MODL_INCLUDE"), args));
            var server = 0;
            while (true)
            {
                switch ((ServerProtocol.Frame)reader.ReadByte())
                {
                    case ServerProtocol.Frame.Server:
                        server = reader.ReadInt32();
                        break;
                    case ServerProtocol.Frame.Output:
                        output.Write(reader.ReadString());
                        printed = true;
                        break;
                    case ServerProtocol.Frame.Error:
                        error.Write(reader.ReadString());
                        printed = true;
                        break;
                    case ServerProtocol.Frame.Exit:
                        var exit = reader.ReadInt32();
                        if (args.Any(a => a is "-v" or "--verbose")) output.WriteLine($"Built by the compile server (process {server})");
                        return exit;
                    default:
                        var reason = reader.ReadString();
                        if (printed) error.WriteLine($"nrnivmodl: the compile server gave up ({reason}); building in this process");
                        return null;
                }
            }
        }
        catch (Exception e) when (e is IOException or SocketException or EndOfStreamException or UnauthorizedAccessException or System.ComponentModel.Win32Exception)
        {
            if (printed) error.WriteLine($"nrnivmodl: the compile server failed ({e.Message}); building in this process");
            return null;
        }
    }

    /// <summary>Stops this compiler's server, if one runs.</summary>
    public static int Shutdown(TextWriter output)
    {
        try
        {
            using var socket = Connect();
            if (socket is null)
            {
                output.WriteLine("nrnivmodl: no compile server is running");
                return ExitCodes.Success;
            }
            using var stream = new NetworkStream(socket);
            using var writer = new BinaryWriter(stream);
            using var reader = new BinaryReader(stream);
            writer.Write((byte)ServerProtocol.Request.Shutdown);
            writer.Flush();
            reader.ReadByte();
            var server = reader.ReadInt32();
            reader.ReadByte();
            reader.ReadInt32();
            output.WriteLine($"nrnivmodl: compile server (process {server}) stopped");
        }
        catch (Exception e) when (e is IOException or SocketException or EndOfStreamException)
        {
            output.WriteLine("nrnivmodl: the compile server is stopping");
        }
        return ExitCodes.Success;
    }

    private static Socket? Connect()
    {
        if (!File.Exists(ServerEndpoint.SocketPath)) return null;
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            socket.Connect(new UnixDomainSocketEndPoint(ServerEndpoint.SocketPath));
            return socket;
        }
        catch (SocketException)
        {
            socket.Dispose();
            return null;
        }
    }

    private static Socket? StartAndConnect()
    {
        Start();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartLimit)
        {
            Thread.Sleep(20);
            if (Connect() is { } socket) return socket;
        }
        return null;
    }

    /// <summary>Starts this same nrnivmodl as a server. Its standard streams are pipes closed at
    /// once, never this process's: a server holding the caller's output open would make whoever
    /// reads it (a build, a test runner, CI) wait for the server to exit.</summary>
    private static void Start()
    {
        ServerEndpoint.CreateFolder();
        var host = Environment.ProcessPath ?? throw new IOException("the nrnivmodl executable is unknown");
        var start = new ProcessStartInfo(host)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = ServerEndpoint.Folder,
        };
        // Tiered compilation would keep re-JIT-compiling Roslyn in the background after every
        // build (measured: 3.3 s of CPU per warm clean 10-file build with it, 0.8 s without).
        start.Environment["DOTNET_TieredCompilation"] = "0";
        if (Path.GetFileNameWithoutExtension(host) == "dotnet") start.ArgumentList.Add(typeof(ServerClient).Assembly.Location);
        start.ArgumentList.Add(CompileServer.Argument);
        using var process = Process.Start(start) ?? throw new IOException("the compile server did not start");
        process.StandardInput.Close();
        process.StandardOutput.Close();
        process.StandardError.Close();
    }
}
