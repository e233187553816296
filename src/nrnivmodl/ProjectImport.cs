using System.Text;
using Nmodl.Codegen.Emit;

namespace Nrnivmodl;

/// <summary><c>nrnmech.props</c>, written beside <c>nrnmech.dll</c>: the one line a user's C# project
/// needs to use the library (<c>&lt;Import Project="mod/x86_64/nrnmech.props" /&gt;</c>). It
/// references <c>nrnmech.dll</c> (the typed accessors, with their XML documentation) and copies
/// the mechanism modules beside the program, so that
/// <c>sim.LoadMechanisms(Path.Combine(AppContext.BaseDirectory, "nrnmech.dll"))</c> finds them
/// wherever the program is started from.</summary>
internal static class ProjectImport
{
    public const string FileName = "nrnmech.props";

    private const string Text = """
        <Project>
          <!-- Written by nrnivmodl: the mechanism library beside this file, for a C# project that
               imports it. nrnmech.dll (typed accessors) is referenced and copied to the output
               folder with its modules (nrnmech.*.dll); load the kernels there with
               sim.LoadMechanisms(Path.Combine(AppContext.BaseDirectory, "nrnmech.dll")).
               Build the project again after running nrnivmodl. -->
          <ItemGroup>
            <Reference Include="nrnmech">
              <HintPath>$(MSBuildThisFileDirectory)nrnmech.dll</HintPath>
            </Reference>
            <None Include="$(MSBuildThisFileDirectory)nrnmech.*.dll" Link="%(Filename)%(Extension)" CopyToOutputDirectory="PreserveNewest" Visible="false" />
          </ItemGroup>
        </Project>

        """;

    public static string PathIn(string folder) => Path.Combine(folder, FileName);

    public static void Write(string folder) => RoslynCompiler.WriteAtomically(PathIn(folder), Encoding.UTF8.GetBytes(Text));
}
