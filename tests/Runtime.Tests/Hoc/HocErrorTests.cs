namespace Nrn.Runtime.Tests.Hoc;

/// <summary>Bad HOC gets an error located at the offending token (<c>file:line:col: error: ...</c>),
/// never a raw exception; constructs outside the geometry subset are named.</summary>
public sealed class HocErrorTests
{
    private static HocException Fails(string code, Simulation? sim = null) =>
        Assert.Throws<HocException>(() => (sim ?? new Simulation()).ExecuteHoc(code, "cell.hoc"));

    private static void Located(HocException e, int line, int column, string text)
    {
        Assert.Equal(("cell.hoc", line, column), (e.File, e.Line, e.Column));
        Assert.StartsWith($"cell.hoc:{line}:{column}: error: ", e.Message);
        Assert.Contains(text, e.Reason);
    }

    [Theory]
    [InlineData("create soma\n\n  objref g\n", 3, 3, "'objref' is not supported")]
    [InlineData("create soma\nproc init() { }\n", 2, 1, "'proc' is not supported")]
    [InlineData("create soma\nsoma { load_file(\"x.hoc\") }\n", 2, 8, "'load_file' is not supported")]
    [InlineData("create soma\nfor (i = 0; i < 3; i += 1) { }\n", 2, 5, "C-style")]
    public void A_construct_outside_the_subset_is_named_where_it_is(string code, int line, int column, string text) =>
        Located(Fails(code), line, column, text);

    [Theory]
    [InlineData("create soma\nsoma { L = }\n", 2, 12, "expected a number or a name, found '}'")]
    [InlineData("create soma\nsoma {\n  L = 10\n", 2, 6, "'{' is never closed")]
    [InlineData("/* a comment\n that never ends", 1, 1, "never closed by '*/'")]
    [InlineData("create soma\nsoma { L = 3 $ 4 }", 2, 14, "unexpected character '$'")]
    [InlineData("create soma\nconnect soma(0) dend(1)\n", 2, 17, "expected ','")]
    [InlineData("create dend[2]\ndend[2] { L = 5 }\n", 2, 5, "index 2 is outside dend[0..1]")]
    [InlineData("create soma\nsoma[1] { L = 5 }\n", 2, 5, "not an array")]
    [InlineData("create soma\nsoma { L = y + 1 }\n", 2, 12, "'y' is not defined")]
    [InlineData("create soma\ndend { L = 1 }\n", 2, 1, "'dend' is not defined")]
    [InlineData("L = 20\n", 1, 1, "no section is accessed")]
    [InlineData("create soma\nsoma { diam = -2 }\n", 2, 8, "diam")]
    [InlineData("create soma\nsoma { nseg = 0 }\n", 2, 8, "nseg must be at least 1, got 0")]
    [InlineData("create soma\nsoma { L = 1/0 }\n", 2, 13, "division by zero")]
    [InlineData("create soma\nsoma { pt3dadd(1, 2, 3) }\n", 2, 8, "pt3dadd() takes 4 arguments, got 3")]
    [InlineData("create soma\ndefine_shape(1)\n", 2, 1, "define_shape() takes 0 arguments, got 1")]
    [InlineData("create a, b\nconnect b(1), a(1)\ndefine_shape()\n", 3, 1, "attached by its 1 end")]
    [InlineData("create soma\nsoma { insert nothing }\n", 2, 15, "unknown mechanism 'nothing'")]
    [InlineData("create a, b\nconnect a(0), b(1)\nconnect b(0), a(1)\n", 3, 1, "subtree")]
    [InlineData("create sin\n", 1, 8, "'sin' is already a variable or function")]
    [InlineData("create soma\nforsec \"^so\" L = 5\n", 2, 8, "'^' and '$' are not supported")]
    public void A_mistake_is_reported_at_its_place(string code, int line, int column, string text) =>
        Located(Fails(code), line, column, text);

    [Fact]
    public void Syntax_errors_in_code_that_does_not_run_are_reported_too()
    {
        var e = Fails("create soma\nif (0) { soma { L = ( } }\n");
        Located(e, 2, 23, "expected a number or a name, found '}'");
    }

    [Fact]
    public void A_file_error_names_the_file_and_a_missing_file_is_refused()
    {
        var path = Path.Combine(Path.GetTempPath(), $"hoc-error-{Guid.NewGuid():N}.hoc");
        File.WriteAllText(path, "create soma\nsoma { L = ) }\n");
        try
        {
            var e = Assert.Throws<HocException>(() => new Simulation().LoadHoc(path));
            Assert.StartsWith($"{path}:2:12: error: ", e.Message);
        }
        finally
        {
            File.Delete(path);
        }
        Assert.Throws<FileNotFoundException>(() => new Simulation().LoadHoc(path));
    }
}
