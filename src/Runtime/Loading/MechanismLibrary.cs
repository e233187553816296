using System.Reflection;
using System.Runtime.Loader;
using Nrn.Abi;

namespace Nrn;

/// <summary>A compiled mechanism assembly (<c>nrnmech.dll</c>, NEURON's <c>libnrnmech.so</c>):
/// loaded into its own <see cref="AssemblyLoadContext"/>, it yields one descriptor per generated
/// mechanism class. The runtime needs no compiler to use it.</summary>
public static class MechanismLibrary
{
    /// <summary>The name of the static factory every generated mechanism class carries.</summary>
    public const string DescriptorFactoryName = "CreateDescriptor";

    /// <summary>The descriptors of every mechanism in the assembly at <paramref name="path"/>, in
    /// the order the assembly defines them (the order its .mod files were compiled in).</summary>
    public static IReadOnlyList<MechanismDescriptor> Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
            throw new FileNotFoundException($"mechanism library '{fullPath}' does not exist (build it with nrnivmodl)", fullPath);

        Assembly assembly;
        try
        {
            assembly = new MechanismLoadContext(fullPath).LoadFromAssemblyPath(fullPath);
        }
        catch (BadImageFormatException e)
        {
            throw new InvalidDataException($"mechanism library '{fullPath}' is not a .NET assembly: {e.Message}", e);
        }
        return Descriptors(assembly, fullPath);
    }

    /// <summary>The descriptors of the generated mechanism classes of a loaded assembly.</summary>
    internal static List<MechanismDescriptor> Descriptors(Assembly assembly, string path)
    {
        Type[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            throw new InvalidDataException(
                $"mechanism library '{path}' was built against another runtime: {e.LoaderExceptions.FirstOrDefault()?.Message}", e);
        }

        var descriptors = new List<MechanismDescriptor>();
        foreach (var type in types.Where(t => typeof(IMechanismKernels).IsAssignableFrom(t) && !t.IsAbstract).OrderBy(t => t.MetadataToken))
        {
            var factory = type.GetMethod(DescriptorFactoryName, BindingFlags.Public | BindingFlags.Static, Type.EmptyTypes);
            if (factory is null || factory.ReturnType != typeof(MechanismDescriptor))
                throw new InvalidDataException(
                    $"mechanism library '{path}': class {type.FullName} has no 'public static MechanismDescriptor {DescriptorFactoryName}()'");
            descriptors.Add((MechanismDescriptor)factory.Invoke(null, null)!);
        }
        if (descriptors.Count == 0)
            throw new InvalidDataException($"mechanism library '{path}' defines no mechanisms");
        return descriptors;
    }

    /// <summary>A generated library references only the framework and the runtime; both resolve
    /// from the default context, so its ABI types are the ones this process uses.</summary>
    private sealed class MechanismLoadContext(string path) : AssemblyLoadContext($"nrnmech:{path}")
    {
        protected override Assembly? Load(AssemblyName assemblyName) => null;
    }
}
