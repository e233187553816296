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

    /// <summary>A library may keep mechanisms in module assemblies beside it (named
    /// <c>LIBRARY.*.dll</c>, e.g. one per .mod file, so that a rebuild compiles only what changed);
    /// it then lists their classes, in order, in <c>public static readonly Type[] Types</c> of this class.</summary>
    public const string ModuleIndexClass = "Nrn.Generated.MechanismModules";

    public const string ModuleIndexField = "Types";

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
        var own = types.Where(t => typeof(IMechanismKernels).IsAssignableFrom(t) && !t.IsAbstract).OrderBy(t => t.MetadataToken);
        foreach (var type in own.Concat(Modules(assembly, path)))
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

    /// <summary>The mechanism classes the library's module index lists (none without an index).</summary>
    private static Type[] Modules(Assembly assembly, string path)
    {
        if (assembly.GetType(ModuleIndexClass)?.GetField(ModuleIndexField, BindingFlags.Public | BindingFlags.Static) is not { } field) return [];
        try
        {
            return (Type[]?)field.GetValue(null) ?? [];
        }
        catch (Exception e) when (e is TargetInvocationException or TypeInitializationException
                                  && e.GetBaseException() is FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            throw new InvalidDataException(
                $"mechanism library '{path}': a module beside it is missing or damaged (rebuild with nrnivmodl): {e.GetBaseException().Message}", e);
        }
    }

    /// <summary>A generated library references the framework and the runtime, which resolve from
    /// the default context (so its ABI types are the ones this process uses), and its own modules
    /// (<c>LIBRARY.*.dll</c>), which resolve from the library's folder.</summary>
    private sealed class MechanismLoadContext(string path) : AssemblyLoadContext($"nrnmech:{path}")
    {
        private readonly string _modulePrefix = Path.GetFileNameWithoutExtension(path) + ".";

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            if (assemblyName.Name is not { } name || !name.StartsWith(_modulePrefix, StringComparison.Ordinal)) return null;
            var module = Path.Combine(Path.GetDirectoryName(path)!, name + ".dll");
            return File.Exists(module) ? LoadFromAssemblyPath(module) : null;
        }
    }
}
