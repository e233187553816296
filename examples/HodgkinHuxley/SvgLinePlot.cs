using System.Globalization;
using System.Security;
using System.Text;

namespace HodgkinHuxley;

/// <summary>One line of y against x drawn as matplotlib's defaults draw <c>pyplot.plot(x, y)</c>
/// with axis labels and a legend: a 640 x 480 px figure (6.4 x 4.8 in at 100 dpi), the axes
/// from 12.5% to 90% of the width and 11% to 88% of the height, ticks pointing out, colour C0.
/// The text is deterministic: the same data give the same bytes.</summary>
internal static class SvgLinePlot
{
    private const double Width = 640, Height = 480;
    private const double Left = 0.125 * Width, Right = 0.9 * Width, Top = (1 - 0.88) * Height, Bottom = (1 - 0.11) * Height;
    private const double Point = 100.0 / 72;   // px per typographic point at 100 dpi
    private const string LineColour = "#1f77b4";

    public static string Render(IReadOnlyList<double> x, IReadOnlyList<double> y, string xLabel, string yLabel, string legend)
    {
        if (x.Count != y.Count || x.Count < 2) throw new ArgumentException($"a plot needs two equally long series of at least 2 values, got {x.Count} and {y.Count}");
        var (x0, x1) = MatplotlibTicks.Limits(x.Min(), x.Max());
        var (y0, y1) = MatplotlibTicks.Limits(y.Min(), y.Max());
        double Px(double value) => Left + (value - x0) / (x1 - x0) * (Right - Left);
        double Py(double value) => Bottom - (value - y0) / (y1 - y0) * (Bottom - Top);

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" font-family=\"DejaVu Sans, Bitstream Vera Sans, Arial, sans-serif\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"  <rect width=\"{Width}\" height=\"{Height}\" fill=\"white\"/>\n");
        svg.Append(CultureInfo.InvariantCulture, $"  <clipPath id=\"axes\"><rect x=\"{N(Left)}\" y=\"{N(Top)}\" width=\"{N(Right - Left)}\" height=\"{N(Bottom - Top)}\"/></clipPath>\n");
        svg.Append(CultureInfo.InvariantCulture, $"  <polyline class=\"data\" clip-path=\"url(#axes)\" fill=\"none\" stroke=\"{LineColour}\" stroke-width=\"{N(1.5 * Point)}\" stroke-linejoin=\"round\" stroke-linecap=\"square\" points=\"");
        for (var i = 0; i < x.Count; i++) svg.Append(i == 0 ? "" : " ").Append(N(Px(x[i]))).Append(',').Append(N(Py(y[i])));
        svg.Append("\"/>\n");
        svg.Append(CultureInfo.InvariantCulture, $"  <rect class=\"frame\" x=\"{N(Left)}\" y=\"{N(Top)}\" width=\"{N(Right - Left)}\" height=\"{N(Bottom - Top)}\" fill=\"none\" stroke=\"black\" stroke-width=\"{N(0.8 * Point)}\"/>\n");

        var tick = 3.5 * Point;
        var font = 10 * Point;
        var xTicks = MatplotlibTicks.Ticks(x0, x1);
        var xLabels = MatplotlibTicks.Labels(xTicks);
        for (var i = 0; i < xTicks.Length; i++)
        {
            var px = Px(xTicks[i]);
            svg.Append(CultureInfo.InvariantCulture, $"  <line class=\"xtick\" x1=\"{N(px)}\" y1=\"{N(Bottom)}\" x2=\"{N(px)}\" y2=\"{N(Bottom + tick)}\" stroke=\"black\" stroke-width=\"{N(0.8 * Point)}\"/>\n");
            svg.Append(CultureInfo.InvariantCulture, $"  <text class=\"xticklabel\" x=\"{N(px)}\" y=\"{N(Bottom + tick + 3.5 * Point + font * 0.8)}\" font-size=\"{N(font)}\" text-anchor=\"middle\">{xLabels[i]}</text>\n");
        }
        var yTicks = MatplotlibTicks.Ticks(y0, y1);
        var yLabels = MatplotlibTicks.Labels(yTicks);
        for (var i = 0; i < yTicks.Length; i++)
        {
            var py = Py(yTicks[i]);
            svg.Append(CultureInfo.InvariantCulture, $"  <line class=\"ytick\" x1=\"{N(Left - tick)}\" y1=\"{N(py)}\" x2=\"{N(Left)}\" y2=\"{N(py)}\" stroke=\"black\" stroke-width=\"{N(0.8 * Point)}\"/>\n");
            svg.Append(CultureInfo.InvariantCulture, $"  <text class=\"yticklabel\" x=\"{N(Left - tick - 3.5 * Point)}\" y=\"{N(py + font * 0.35)}\" font-size=\"{N(font)}\" text-anchor=\"end\">{yLabels[i]}</text>\n");
        }
        svg.Append(CultureInfo.InvariantCulture, $"  <text class=\"xlabel\" x=\"{N((Left + Right) / 2)}\" y=\"{N(Bottom + tick + 3.5 * Point + font * 2.2)}\" font-size=\"{N(font)}\" text-anchor=\"middle\">{Escape(xLabel)}</text>\n");
        var yLabelX = Left - tick - 3.5 * Point - font * 2.6;
        svg.Append(CultureInfo.InvariantCulture, $"  <text class=\"ylabel\" x=\"{N(yLabelX)}\" y=\"{N((Top + Bottom) / 2)}\" font-size=\"{N(font)}\" text-anchor=\"middle\" transform=\"rotate(-90 {N(yLabelX)} {N((Top + Bottom) / 2)})\">{Escape(yLabel)}</text>\n");
        Legend(svg, legend, font);
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    /// <summary>matplotlib's legend box in the upper right corner: a rounded frame, a line sample, the label.</summary>
    private static void Legend(StringBuilder svg, string label, double font)
    {
        var pad = 0.4 * font;
        var sample = 2 * font;
        var width = pad + sample + 0.8 * font + 0.6 * font * label.Length + pad;
        var height = 2 * pad + font;
        var (x, y) = (Right - 0.5 * font - width, Top + 0.5 * font);
        svg.Append(CultureInfo.InvariantCulture, $"  <g class=\"legend\">\n    <rect x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(width)}\" height=\"{N(height)}\" rx=\"{N(0.2 * font)}\" fill=\"white\" fill-opacity=\"0.8\" stroke=\"#cccccc\" stroke-width=\"{N(Point)}\"/>\n");
        svg.Append(CultureInfo.InvariantCulture, $"    <line x1=\"{N(x + pad)}\" y1=\"{N(y + height / 2)}\" x2=\"{N(x + pad + sample)}\" y2=\"{N(y + height / 2)}\" stroke=\"{LineColour}\" stroke-width=\"{N(1.5 * Point)}\"/>\n");
        svg.Append(CultureInfo.InvariantCulture, $"    <text x=\"{N(x + pad + sample + 0.8 * font)}\" y=\"{N(y + height / 2 + 0.35 * font)}\" font-size=\"{N(font)}\">{Escape(label)}</text>\n  </g>\n");
    }

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Escape(string text) => SecurityElement.Escape(text);
}
