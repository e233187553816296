namespace Nrn;

public sealed partial class Section
{
    private SectionGeometry? _geometry;

    /// <summary>Areas (um2) and axial conductances (uS) of this section's nodes, computed as NEURON's
    /// nrn_area_ri: from cylinders, or from the frusta between 3-d points when there are two or more.</summary>
    internal SectionGeometry EnsureGeometry() => _geometry ??= SectionGeometry.Compute(this, _diam, _points);
}

/// <summary>Per node of one section, in arc order (the nseg segment nodes from the attached end,
/// then the far end's node): membrane
/// area in um2 (100 for the end node, as NEURON) and the conductance in uS to the parent node.</summary>
internal sealed class SectionGeometry(double[] area, double[] rinv)
{
    public double[] Area { get; } = area;
    public double[] RInv { get; } = rinv;

    public static SectionGeometry Compute(Section section, double[] diam, List<Point3d> points)
    {
        var nseg = section.Nseg;
        var area = new double[nseg + 1];
        var rinv = new double[nseg + 1];
        var rright = points.Count > 1
            ? FromPoints(section.Ra, diam, points, area, rinv)
            : FromCylinders(section.Ra, section.L, diam, section.Reversed, area, rinv);
        area[nseg] = 1e2;
        rinv[nseg] = 1 / rright;
        return new SectionGeometry(area, rinv);
    }

    private static double FromCylinders(double ra, double length, double[] diam, bool reversed, double[] area, double[] rinv)
    {
        var dx = length / diam.Length;
        var rright = 0.0;
        for (var j = 0; j < diam.Length; j++)
        {
            var d = diam[reversed ? diam.Length - 1 - j : j];
            area[j] = Math.PI * d * dx;
            var rleft = 1e-2 * ra * (dx / 2) / (Math.PI * d * d / 4.0);
            rinv[j] = 1.0 / (rleft + rright);
            rright = rleft;
        }
        return rright;
    }

    /// <summary>Trapezoidal integration of diameter, area (with taper) and resistance over each half
    /// segment; also replaces each segment's diam by the average diameter, as NEURON does.</summary>
    private static double FromPoints(double ra, double[] diam, List<Point3d> points, double[] area, double[] rinv)
    {
        var nseg = diam.Length;
        var npt = points.Count;
        var ds = points[npt - 1].Arc / nseg;
        var j = 0;
        var x1 = points[0].Arc;
        var y1 = Math.Abs((double)points[0].Diam);
        var rparent = 0.0;
        for (var inode = 0; inode < nseg; inode++)
        {
            var si = inode * ds;
            double diamSum = 0, areaSum = 0, rleft = 0, ri = 0;
            for (var half = 0; half < 2; half++)
            {
                ri = 0;
                var sip = si + ds / 2.0;
                while (true)
                {
                    var jp = j + 1;
                    var xj = points[j].Arc;
                    var xjp = points[jp].Arc;
                    double x2, y2;
                    int jnext;
                    if (xjp > sip || jp == npt - 1)
                    {
                        var frac = Math.Abs(xjp - xj) < 1e-10 ? 1 : (sip - xj) / (xjp - xj);
                        x2 = sip;
                        y2 = (1.0 - frac) * Math.Abs((double)points[j].Diam) + frac * Math.Abs((double)points[jp].Diam);
                        jnext = j;
                    }
                    else
                    {
                        x2 = xjp;
                        y2 = Math.Abs((double)points[jp].Diam);
                        jnext = jp;
                    }
                    var delta = x2 - x1;
                    diamSum += (y2 + y1) * delta;
                    if (delta < 1e-15) delta = 1e-15;
                    var temp = y2 * y1 / delta;
                    if (temp == 0) temp = 1e-15;
                    ri += 1 / temp;
                    temp = .5 * (y2 - y1);
                    temp = Math.Sqrt(delta * delta + temp * temp);
                    areaSum += (y2 + y1) * temp;
                    x1 = x2;
                    y1 = y2;
                    if (j == jnext) break;
                    j = jnext;
                }
                if (half == 0) rleft = ri * ra / Math.PI * (4.0 * .01);
                else ri = ri * ra / Math.PI * (4.0 * .01);
                si = sip;
            }
            rinv[inode] = 1.0 / (rparent + rleft);
            diamSum *= .5 / ds;
            if (Math.Abs(diamSum - diam[inode]) > 1e-9 || diamSum < 1e-5) diam[inode] = diamSum;
            area[inode] = areaSum * .5 * Math.PI;
            rparent = ri;
        }
        return rparent;
    }
}
