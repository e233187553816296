using Nrn;

namespace Nrniv.Trace;

/// <summary>One recorded column of a trace file: its header name and what it samples.</summary>
public sealed record TraceColumn(string Name, DataReference Reference);
