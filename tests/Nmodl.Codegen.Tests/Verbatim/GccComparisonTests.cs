using Xunit.Abstractions;

namespace Nmodl.Codegen.Tests.Verbatim;

/// <summary>
/// Each case is VERBATIM-style C defining `static void run(void)`. gcc compiles and runs it; the translation
/// is compiled by Roslyn and run in-process; the printed output must be identical.
/// </summary>
public sealed class GccComparisonTests(ITestOutputHelper output)
{
    public static TheoryData<string, string> Programs => new()
    {
        {
            "integer division and remainder truncate toward zero", """
            static void run(void) {
                int a = 7, b = 2, c = -7;
                printf("%d %d %d %d %d\n", a / b, c / b, a % b, c % b, 1 / 2);
                printf("%g %g\n", 1 / 2 * 3.0, 1.0 / 2 * 3);
                long big = 3000000000L;
                printf("%ld %ld\n", big / 7, -big % 7);
            }
            """
        },
        {
            "casts truncate and mixed arithmetic converts as C does", """
            static void run(void) {
                double x = -2.7, y = 2.7;
                int i = (int)x, j = (int)y;
                printf("%d %d %d\n", i, j, (int)(x * 10) / 3);
                int k = 3.99;
                k += 2.5;
                printf("%d %g %g\n", k, (double)k / 2, k / 2 + 0.5);
                float f = 1.1f;
                double g = f;
                printf("%.17g %.9g\n", g, f * 3.0f);
                unsigned int u = 3;
                int n = -1;
                printf("%d %u\n", n < u, u + n);
                char ch = 'A';
                ch += 2;
                printf("%c %d\n", ch, ch + 1);
            }
            """
        },
        {
            "conditions, logical operators and comparisons used as numbers", """
            static void run(void) {
                int a = 3, b = 0;
                double d = 0.5;
                int t = (a > b) + (d < 1) + !b + !a;
                printf("%d %d %d %d\n", t, a && b, a || b, !d);
                if (d) printf("d is true\n");
                if (!b) printf("b is false\n");
                int m = a > 2 ? 10 : 20;
                double q = b ? 1.5 : 2;
                printf("%d %g %d\n", m, q, (a == 3) == (b == 0));
            }
            """
        },
        {
            "increments, compound assignments and the comma in for", """
            static void run(void) {
                int i, j, s = 0;
                for (i = 0, j = 10; i < j; i++, j--) {
                    s += i * j;
                }
                printf("%d %d %d\n", i, j, s);
                int a = 5;
                int b = a++ + ++a;
                int c = a--;
                printf("%d %d %d\n", a, b, c);
                double x = 10;
                x /= 4; x *= 3; x -= 0.5;
                int n = 100;
                n >>= 2; n <<= 1; n |= 1; n &= 0x3F; n ^= 5; n %= 7;
                printf("%g %d\n", x, n);
            }
            """
        },
        {
            "while, do-while, break and continue", """
            static void run(void) {
                int n = 0, sum = 0;
                while (1) {
                    n++;
                    if (n % 3 == 0) continue;
                    if (n > 10) break;
                    sum += n;
                }
                int k = 5;
                do { k -= 2; } while (k > 0);
                printf("%d %d %d\n", n, sum, k);
            }
            """
        },
        {
            "switch with fall-through, default and break", """
            static int classify(int c) {
                int r = 0;
                switch (c) {
                case 0:
                    r += 1;
                case 1:
                case 2:
                    r += 10;
                    break;
                case 3:
                    return 99;
                default:
                    r = -1;
                }
                return r;
            }
            static void run(void) {
                int i;
                for (i = 0; i < 5; i++) printf("%d ", classify(i));
                printf("\n");
            }
            """
        },
        {
            "static state persists across calls, at file scope and in functions", """
            static int calls = 0;
            static double total;
            static double accumulate(double x) {
                static int seen = 0;
                seen++;
                calls += 2;
                total += x;
                return total / seen;
            }
            static void run(void) {
                accumulate(1); accumulate(2);
                double mean = accumulate(6);
                printf("%g %d %g\n", mean, calls, total);
            }
            """
        },
        {
            "macros: constants, function-like, nested and conditional compilation", """
            #define N 5
            #define SQUARE(x) ((x) * (x))
            #define MAX(a, b) ((a) > (b) ? (a) : (b))
            #define TWICE_SQUARE(x) (2 * SQUARE(x))
            #ifdef N
            #define HAVE_N 1
            #else
            #define HAVE_N 0
            #endif
            #if N > 3 && defined(SQUARE)
            static int big = 1;
            #elif N > 1
            static int big = 2;
            #else
            static int big = 3;
            #endif
            #ifndef UNDEFINED_THING
            static int defaulted = 7;
            #endif
            #include <string.h>
            static void run(void) {
                printf("%d %d %d %d %d %d\n", SQUARE(N + 1), MAX(3, N), TWICE_SQUARE(3), HAVE_N, big, defaulted);
            }
            """
        },
        {
            "arrays at file scope and local, with initializers and sizeof", """
            static double table[4] = {1.5, 2.5};
            static int counts[] = {3, 1, 4, 1, 5};
            static void run(void) {
                double local[3];
                int primes[5] = {2, 3, 5};
                int i;
                for (i = 0; i < 3; i++) local[i] = table[i] * i;
                printf("%g %g %g %g\n", local[0], local[1], local[2], table[3]);
                printf("%d %d %d\n", (int)(sizeof(counts) / sizeof(counts[0])), primes[2], primes[4]);
                printf("%d %d\n", (int)sizeof(double), (int)sizeof(int));
            }
            """
        },
        {
            "pointers: parameters, indexing, dereference, address-of and offsets", """
            static void fill(double* p, int n, double v) {
                int i;
                for (i = 0; i < n; i++) p[i] = v * i;
            }
            static void bump(double* x) { *x += 1; }
            static double sum(double* p, int n) {
                double s = 0;
                while (n-- > 0) { s += *p; p++; }
                return s;
            }
            static void run(void) {
                double a[6];
                double y = 2;
                fill(a, 6, 0.5);
                bump(&y);
                bump(&a[2]);
                double* q = a + 3;
                printf("%g %g %g %g %g\n", y, a[2], q[0], *(q + 1), sum(&a[1], 4));
            }
            """
        },
        {
            "math library", """
            static void run(void) {
                double x = 0.3;
                printf("%.17g %.17g %.17g %.17g\n", exp(x), log(x), pow(x, 2.5), sqrt(2.0));
                printf("%.17g %.17g %.17g %.17g\n", sin(x), cos(x), tan(x), atan2(1.0, -2.0));
                printf("%g %g %g %g %g\n", fabs(-3), floor(-2.5), ceil(-2.5), fmod(7.5, -2), fmod(-7.5, 2));
                printf("%g %g %.17g %d\n", fmin(2, 3), fmax(2, 3), tanh(0.5), abs(-4));
                printf("%g %g %g\n", log10(1000.0), atan(1.0) * 4, round(2.5));
            }
            """
        },
        {
            "functions calling functions, recursion and early return", """
            static double fact(int n) { if (n <= 1) return 1; return n * fact(n - 1); }
            static int sign(double x) {
                if (x > 0) return 1;
                else if (x < 0) return -1;
                return 0;
            }
            static void report(int n) {
                if (n < 0) return;
                printf("%d! = %.0f sign %d\n", n, fact(n), sign(n - 2.5));
            }
            static void run(void) {
                report(-1); report(0); report(5); report(20);
            }
            """
        },
        {
            "integer overflow, unsigned wrap-around and shifts", """
            static void run(void) {
                unsigned int u = 0;
                u = u - 1;
                int big = 2147483647;
                long l = big;
                l = l + 1;
                unsigned long ul = 1;
                ul <<= 63;
                printf("%u %ld %lu %d\n", u, l, ul, 1 << 10);
                printf("%d %d\n", -17 >> 2, 0x7F & 0x1C);
                printf("%x %X %o %#x %#o\n", 255, 255, 8, 255, 8);
            }
            """
        },
        {
            "stderr, stdout and string literals", """
            static void run(void) {
                fprintf(stderr, "warning: %s at %d\n", "soma", 3);
                fprintf(stdout, "tab\there \"quoted\" back\\slash %% percent\n");
                printf("con" "catenated\n");
                fflush(stdout);
            }
            """
        },
        {
            "a version string kept in a char array at file scope", """
            static const char rcsid[] = "$Id: hh3.mod,v 1.1 $";
            static void run(void) {
                printf("[%s] %d\n", rcsid, 7);
            }
            """
        },
        {
            "nested blocks and shadowing", """
            static int x = 1;
            static void run(void) {
                int y = x;
                {
                    int x = 10;
                    y += x;
                    {
                        double x = 0.5;
                        y += (int)(x * 4);
                    }
                }
                printf("%d %d\n", x, y);
            }
            """
        },
        {
            "narrowing and unsigned conversions", """
            static void run(void) {
                short s = 40000;
                unsigned char c = 250;
                c += 10;
                signed char sc = 200;
                unsigned int u = -7 / 2u;
                long big = 1L << 40;
                int low = (int)big + 3;
                unsigned short us = 70000;
                printf("%d %d %d %u %ld %d %d\n", s, c, sc, u, big, low, us);
                printf("%d %d\n", (int)(unsigned char)300, (short)-40000);
            }
            """
        },
        {
            "literals, short-circuit evaluation and assignments in conditions", """
            static int next(int n) { return n - 3; }
            static int calls = 0;
            static int touch(int r) { calls++; return r; }
            static void run(void) {
                int n = 10, steps = 0;
                while ((n = next(n)) > 0) steps++;
                printf("%d %d %d %d %d\n", n, steps, 0x1F, 017, 'z' - 'a');
                if (n > 0 && touch(1)) printf("never\n");
                if (n < 0 || touch(1)) printf("short-circuit %d\n", calls);
                int i = 0;
                for (;;) { if (++i > 3) break; }
                int k = i > 2 ? i > 3 ? 40 : 30 : 20;
                printf("%d %d %g %g\n", i, k, 1e300 * 1e10, -1e300 * 1e10);
            }
            """
        },
        {
            "a static table inside a function, as numerical recipes code does", """
            static double lngamma(double xx) {
                double x, tmp, ser;
                static double cof[6] = {76.18009173, -86.50532033, 24.01409822, -1.231739516, 0.120858003e-2, -0.536382e-5};
                int j;
                x = xx - 1.0;
                tmp = x + 5.5;
                tmp -= (x + 0.5) * log(tmp);
                ser = 1.0;
                for (j = 0; j <= 5; j++) {
                    x += 1.0;
                    ser += cof[j] / x;
                }
                return -tmp + log(2.50662827465 * ser);
            }
            static void run(void) {
                double z;
                for (z = 0.5; z < 30; z *= 3) printf("%.17g\n", lngamma(z));
            }
            """
        },
        {
            "switch on characters and nested switches", """
            static int score(char c, int level) {
                switch (c) {
                case 'a': case 'e': case 'i': case 'o': case 'u':
                    switch (level) {
                    case 0: return 1;
                    default: return 2;
                    }
                case ' ':
                    return 0;
                default:
                    break;
                }
                return 5;
            }
            static void run(void) {
                char word[8] = {'n', 'e', 'u', 'r', 'o', 'n', ' ', 'x'};
                int i, total = 0;
                for (i = 0; i < 8; i++) total += score(word[i], i % 2);
                printf("%d\n", total);
            }
            """
        },
        {
            "old-style (K&R) definitions and prototypes inside declarations", """
            static double scaled(x, n, table)
            double x;
            int n;
            double* table;
            {
                return x * n + table[n];
            }
            static int twice(k) { return 2 * k; }
            static void run(void) {
                double t[3] = {0.5, 1.5, 2.5}, y, *unused();
                y = scaled(1.25, 2, t);
                printf("%g %d\n", y, twice(21));
            }
            """
        },
        {
            "assorted idioms: do-while(0) macros, chained assignment, pointer steps, long long", """
            #define SWAP(a, b) do { double tmp_ = (a); (a) = (b); (b) = tmp_; } while (0)
            static double table[5] = {5, 4, 3, 2, 1};
            static void run(void) {
                double u = 1, w = 2;
                int i;
                double d;
                SWAP(u, w);
                i = d = 7.9;
                int values[4] = {10, 20, 30, 40};
                int* p = values;
                p += 2;
                p++;
                double* q = &table[1];
                long long big = 123456789LL * 1000;
                unsigned int mask = 0xFFFFFFFFu;
                printf("%g %g %d %g %d %g %lld %u\n", u, w, i, d, *p, q[2], big, mask >> 4);
                printf("%g %g %c %d %g\n", -0.0, sqrt(4), 65, (int)(sizeof(int) * 2), fabs(-0.0));
            }
            """
        },
        {
            "float arithmetic stays in single precision", """
            static void run(void) {
                float s = 0;
                int i;
                for (i = 0; i < 1000; i++) s += 0.1f;
                float third = 1.0f / 3;
                double promoted = third;
                printf("%.9g %.17g %.17g\n", s, promoted, third * 3.0);
            }
            """
        },
    };

    [Theory]
    [MemberData(nameof(Programs))]
    public void TranslationPrintsWhatGccPrints(string construct, string c)
    {
        output.WriteLine(construct);
        Translate.AssertSameOutputAsGcc(c, output);
    }
}
