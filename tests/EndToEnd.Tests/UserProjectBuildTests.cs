using System.Diagnostics;
using System.Globalization;
using EndToEnd.Tests.Support;

namespace EndToEnd.Tests;

/// <summary>A user's own C# project, built by a real <c>dotnet run</c> (offline: no packages, only
/// the runtime's assemblies and the library's <c>nrnmech.props</c>): it sets a mechanism's
/// parameter through its typed accessor, runs a simulation, and prints v, which matches the
/// analytic steady state of a passive membrane under a current step.</summary>
public sealed class UserProjectBuildTests : IDisposable
{
    private readonly TempFolder _dir = new("e2e-user-project-");

    public void Dispose() => _dir.Dispose();

    // A leak whose default conductance is not the one the program sets, so only the accessor's write explains the result.
    private const string Leak = """
        NEURON { SUFFIX userleak NONSPECIFIC_CURRENT i RANGE g, e }
        PARAMETER { g = 0.0002 (S/cm2) e = -70 (mV) }
        ASSIGNED { v (mV) i (mA/cm2) }
        BREAKPOINT { i = g*(v - e) }
        """;

    private const string Program = """
        using System.Globalization;
        using Nrn;
        using Nrn.Mechanisms;

        var sim = new Simulation();
        sim.LoadMechanisms(Path.Combine(AppContext.BaseDirectory, "nrnmech.dll"));
        var soma = sim.Section("soma");
        soma.L = 10;
        soma.Diam = 10;
        soma.Insert(Userleak.MechanismName);
        var leak = soma[0.5].Userleak();
        leak.G = 0.001;
        leak.E = -65;
        var clamp = sim.PointProcess("IClamp", soma[0.5]);
        clamp["del"] = 1;
        clamp["dur"] = 100;
        clamp["amp"] = 0.01;
        sim.FInitialize(-65);
        sim.ContinueRun(40);
        Console.WriteLine(soma[0.5].V.ToString("R", CultureInfo.InvariantCulture));
        """;

    [Fact]
    public void A_project_importing_nrnmech_props_builds_and_runs_with_typed_accessors()
    {
        var mods = Path.Combine(_dir.Path, "mod");
        Directory.CreateDirectory(mods);
        File.WriteAllText(Path.Combine(mods, "userleak.mod"), Leak);
        var build = NrnivmodlRun.Run(mods);
        Assert.True(build.Exit == 0, build.Out + build.Err);
        Assert.True(File.Exists(Path.Combine(mods, "x86_64", "nrnmech.props")));

        var project = Path.Combine(_dir.Path, "user");
        Directory.CreateDirectory(project);
        File.WriteAllText(Path.Combine(project, "Program.cs"), Program);
        File.WriteAllText(Path.Combine(project, "User.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <Import Project="../mod/x86_64/nrnmech.props" />
              <ItemGroup>
                <Reference Include="Nrn.Runtime" HintPath="{Path.Combine(AppContext.BaseDirectory, "Nrn.Runtime.dll")}" />
                <Reference Include="Nrn.Builtins" HintPath="{Path.Combine(AppContext.BaseDirectory, "Nrn.Builtins.dll")}" />
              </ItemGroup>
            </Project>
            """);

        // Run from elsewhere: the program finds its mechanisms beside itself, not in the working folder.
        var run = Dotnet(_dir.Path, "run", "--project", project, "-c", "Release");

        Assert.True(run.Exit == 0, run.Out + run.Err);
        var v = double.Parse(run.Out.Trim().Split('\n')[^1], CultureInfo.InvariantCulture);
        // Steady state of C dV/dt = -g (V - e) + I/A: V = e + I/(g A), A = pi d L; 39 time constants after the step.
        var area = Math.PI * 10 * 10 * 1e-8;          // cm2
        var expected = -65 + 0.01e-6 / (0.001 * area); // nA -> mA, over S: mV
        Assert.Equal(expected, v, 1e-6);
        var output = Path.Combine(project, "bin", "Release", "net10.0");
        Assert.NotEmpty(Directory.GetFiles(output, "nrnmech.userleak.*.dll"));
    }

    private static (int Exit, string Out, string Err) Dotnet(string folder, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', args)} did not end within 10 minutes");
        }
        return (process.ExitCode, output.Result, error.Result);
    }
}
