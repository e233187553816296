using Nmodl.Parser.Printing;
using Nmodl.Parser.Tests.Support;

namespace Nmodl.Parser.Tests.Printing;

public class RoundTripTests
{
    public static TheoryData<string> Snippets => new()
    {
        "TITLE squid channels\nNEURON {\n SUFFIX hh\n USEION na READ ena WRITE ina VALENCE 1 REPRESENTS CHEBI:29101\n RANGE gnabar, gl\n GLOBAL minf\n NONSPECIFIC_CURRENT il\n THREADSAFE\n REPRESENTS NCIT:C17145\n}",
        "NEURON {\n POINT_PROCESS P\n ELECTRODE_CURRENT i\n POINTER p\n BBCOREPOINTER q\n EXTERNAL e\n RANDOM r\n}\nNEURON { ARTIFICIAL_CELL A }",
        "UNITS {\n (mV) = (millivolt)\n FARADAY = (faraday) (coulomb)\n R = 8.314 (joule/degC)\n f = (foot) -> (inch)\n}",
        "DEFINE N 4\nPARAMETER {\n x = 1 (mV) <0, 1e9>\n y = -2.5e-3\n z[N] (uS)\n v (mV)\n}",
        "ASSIGNED { v (mV) ica (mA/cm2) g[2] }\nSTATE { m h n FROM 0 TO 1 START .5 (1) <1e-4> }\nCONSTANT { c = 3 (um) }\nINDEPENDENT { t FROM 0 TO 1 WITH 1 (ms) }",
        "LOCAL a, b[2]\nUNITSOFF\nVERBATIM\nstatic int x;\n  /* raw */\nENDVERBATIM\nUNITSON",
        "BREAKPOINT {\n SOLVE states METHOD cnexp\n ina = gna*(v - ena)\n if (a > -1 && !b || c != 2) { x = -y^2 } else if (q) { x = (a - b) - (c - d) } else { x = 2^-z^w }\n}",
        "DERIVATIVE states {\n m' = (minf - m)/mtau\n x'' = -x\n c'[i] = 1 (/ms)\n}",
        "KINETIC kin {\n COMPARTMENT i, vol[i] { ca }\n COMPARTMENT v { a b }\n LONGITUDINAL_DIFFUSION D { ca }\n ~ 2 A + B <-> C[1] (kf, kb)\n ~ ca[0] << (-ica)\n ~ A -> (k)\n ~ A -> B (k)\n CONSERVE a + 2 b = 1\n f = f_flux - b_flux\n}",
        "LINEAR l SOLVEFOR a, b {\n ~ a + b = 1\n}\nNONLINEAR n {\n ~ a*a = 2\n}",
        "PROCEDURE rates(v (mV)) (ms) {\n LOCAL q\n TABLE minf DEPEND celsius FROM -100 TO 100 WITH 200\n FROM i = 0 TO 3 BY 1 { q = q + i }\n while (q > 0) { q = q - 1 }\n UNITSOFF\n printf(\"%g\\n\", q)\n}",
        "FUNCTION f(x) (mV) {\n TABLE DEPEND k FROM 0 TO 1 WITH 10\n f = x\n}\nFUNCTION_TABLE tab(v (mV)) (ms)",
        "NET_RECEIVE(w (uS)) {\n INITIAL { w = 0 }\n WATCH (v > -20) 2, (v < -60 (mV)) 3\n FOR_NETCONS(x) { x = 1 }\n net_send(0, 1)\n PROTECT n = n + 1\n MUTEXLOCK\n MUTEXUNLOCK\n}",
        "BEFORE BREAKPOINT { x = 1 }\nAFTER SOLVE { x = 2 }\nBEFORE INITIAL { }\nAFTER STEP { }\nCONSTRUCTOR { }\nDESTRUCTOR { }\nINITIAL { SOLVE kin STEADYSTATE sparse\n { a = 1 } }\nBREAKPOINT { CONDUCTANCE g USEION k }",
        "BREAKPOINT { SOLVE s METHOD derivimplicit }\nNET_RECEIVE(w) { WATCH (v + 1 > -2^x) 2.5 }",
    };

    [Theory]
    [MemberData(nameof(Snippets))]
    public void PrintParsePrintIsAFixedPoint(string text) => RoundTrip.AssertFixedPoint(Parse.Valid(text));

    [Fact]
    public void PrinterWritesMinimalParentheses()
    {
        Assert.Equal("a - (b - c)", ExpressionPrinter.Print(Parse.Expression("a - (b - c)")));
        Assert.Equal("(a^b)^c", ExpressionPrinter.Print(Parse.Expression("(a^b)^c")));
        Assert.Equal("a^b^c", ExpressionPrinter.Print(Parse.Expression("a^(b^c)")));
        Assert.Equal("(-a)^2", ExpressionPrinter.Print(Parse.Expression("(-a)^2")));
        Assert.Equal("-a^2", ExpressionPrinter.Print(Parse.Expression("-(a^2)")));
        Assert.Equal("a*(b + c)", ExpressionPrinter.Print(Parse.Expression("a*(b+c)")).Replace(" * ", "*"));
    }

    [Fact]
    public void VerbatimTextIsKeptByteForByte()
    {
        const string body = "\n  if (x) {\t return 1; } : not a comment\n";
        var printed = NmodlPrinter.Print(Parse.Valid($"VERBATIM{body}ENDVERBATIM\n"));
        Assert.Equal($"VERBATIM{body}ENDVERBATIM\n", printed);
    }
}
