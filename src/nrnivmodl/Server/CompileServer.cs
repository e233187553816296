using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace Nrnivmodl.Server;

/// <summary>The warm compile server (<c>nrnivmodl --compile-server</c>, started by nrnivmodl
/// itself): one process that keeps Roslyn and the compiler loaded and JIT-compiled, and runs each
/// client's whole nrnivmodl command in the client's working folder, one request at a time (so two
/// builds never interleave), sending back what it prints. It runs in its own session with no
/// handle of its starter, and exits after <see cref="ServerEndpoint.IdleLimit"/> without requests,
/// on a shutdown request, or at once when a server of the same compiler already runs. Unix only:
/// elsewhere nrnivmodl always builds in-process.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
internal static partial class CompileServer
{
    public const string Argument = "--compile-server";

    public static int Run()
    {
        _ = SetSid();
        ServerEndpoint.CreateFolder();
        FileStream held;
        try
        {
            held = new FileStream(ServerEndpoint.LockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return ExitCodes.Success;
        }
        using (held)
        using (var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified))
        {
            File.Delete(ServerEndpoint.SocketPath);
            listener.Bind(new UnixDomainSocketEndPoint(ServerEndpoint.SocketPath));
            listener.Listen(64);
            try
            {
                while (Accept(listener) is { } connection)
                {
                    using (connection)
                    {
                        if (!Serve(connection)) break;
                    }
                }
            }
            finally
            {
                File.Delete(ServerEndpoint.SocketPath);
            }
        }
        return ExitCodes.Success;
    }

    private static Socket? Accept(Socket listener)
    {
        using var idle = new CancellationTokenSource(ServerEndpoint.IdleLimit);
        try
        {
            return listener.AcceptAsync(idle.Token).AsTask().GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>Answers one request; false when it asked the server to stop. A client that went
    /// away mid-request costs only its own request.</summary>
    private static bool Serve(Socket connection)
    {
        using var stream = new NetworkStream(connection);
        using var reader = new BinaryReader(stream);
        using var writer = new BinaryWriter(stream);
        try
        {
            var kind = (ServerProtocol.Request)reader.ReadByte();
            writer.Write((byte)ServerProtocol.Frame.Server);
            writer.Write(Environment.ProcessId);
            if (kind == ServerProtocol.Request.Shutdown)
            {
                writer.Write((byte)ServerProtocol.Frame.Exit);
                writer.Write(ExitCodes.Success);
                return false;
            }
            Build(ServerProtocol.ReadBuild(reader), writer);
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or SocketException or ObjectDisposedException)
        {
            // The client is gone; it builds in-process or has given up.
        }
        return true;
    }

    private static void Build(ServerProtocol.BuildRequest request, BinaryWriter writer)
    {
        if (request.Compiler != BuildManifest.CompilerIdentity || !Directory.Exists(request.WorkingFolder))
        {
            Refuse(writer, "this server belongs to another compiler or cannot enter the working folder");
            return;
        }
        Environment.CurrentDirectory = request.WorkingFolder;
        Environment.SetEnvironmentVariable("MODL_INCLUDE", request.ModlInclude);
        var gate = new object();
        using var output = new FrameWriter(writer, ServerProtocol.Frame.Output, gate);
        using var error = new FrameWriter(writer, ServerProtocol.Frame.Error, gate);
        int exit;
        try
        {
            exit = CompilerCommand.Run(request.Arguments, output, error);
        }
        catch (Exception e) when (e is not IOException)
        {
            Refuse(writer, e.Message);
            return;
        }
        output.Flush();
        error.Flush();
        writer.Write((byte)ServerProtocol.Frame.Exit);
        writer.Write(exit);
    }

    private static void Refuse(BinaryWriter writer, string reason)
    {
        writer.Write((byte)ServerProtocol.Frame.Refused);
        writer.Write(reason);
    }

    /// <summary>A session of its own: the terminal's hang-up and Ctrl-C do not reach the server.</summary>
    [LibraryImport("libc", EntryPoint = "setsid")]
    private static partial int SetSid();
}
