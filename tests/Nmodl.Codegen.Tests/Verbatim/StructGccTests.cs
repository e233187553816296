using Xunit.Abstractions;

namespace Nmodl.Codegen.Tests.Verbatim;

/// <summary>
/// Structures and heap memory as published mod files use them (a typedef'd structure made by malloc or calloc,
/// with numbers, an array of doubles and pointers to other structures; a structure kept in a double through
/// NEURON's void** idiom; free): gcc compiles and runs each C program, the translation runs in Roslyn, and the
/// printed output must be identical. NEURON's hoc_Emalloc and hoc_malchk are defined for gcc as malloc and nothing.
/// </summary>
public sealed class StructGccTests(ITestOutputHelper output)
{
    public static TheoryData<string, string> Programs => new()
    {
        {
            "typedef struct made by malloc, with a calloc'd array member, read and written through ->", """
            typedef struct {
                double a;
                int n;
                double* p;
            } Info;

            static double total(Info* info) {
                int i;
                double s = 0;
                for (i = 0; i < info->n; i++) {
                    s += info->p[i];
                }
                return s * info->a;
            }

            static void run(void) {
                Info* f = (Info*)malloc(sizeof(Info));
                f->a = 0.5;
                f->n = 4;
                f->p = (double*)calloc(f->n, sizeof(double));
                int i;
                for (i = 0; i < f->n; ++i) {
                    f->p[i] = i * 1.5 + f->a;
                }
                f->n -= 1;
                printf("%g %d %g %g\n", f->a, f->n, f->p[3], total(f));
                double* q = f->p;
                q[0] = 7;
                printf("%g %g\n", f->p[0], (*f).a);
                free(f->p);
                free(f);
            }
            """
        },
        {
            "struct with a tag, calloc zeroes it, members point to other structures", """
            struct node {
                int id;
                double w;
                struct node* next;
            };

            static void run(void) {
                struct node* head = (struct node*)calloc(1, sizeof(struct node));
                printf("%d %g %d\n", head->id, head->w, head->next == 0);
                struct node* second = (struct node*)malloc(sizeof(struct node));
                second->id = 2;
                second->w = 0.25;
                second->next = NULL;
                head->id = 1;
                head->next = second;
                head->next->w *= 8;
                struct node* n;
                double sum = 0;
                for (n = head; n; n = n->next) {
                    sum += n->id * 10 + n->w;
                }
                printf("%g %g %d\n", sum, second->w, head->next->next == NULL);
                free(second);
                free(head);
            }
            """
        },
        {
            "a structure kept in a double through the void** idiom (as VecStim keeps its Vector)", """
            #ifndef NRN_VERSION_GTEQ_8_2_0
            #define hoc_Emalloc malloc
            #define hoc_malchk()
            #endif

            typedef struct Stream {
                unsigned int seed;
                int drawn;
                double last;
            } Stream;

            static double space;

            static void attach(unsigned int seed) {
                Stream** sp = (Stream**)(&space);
                *sp = (Stream*)hoc_Emalloc(sizeof(Stream)); hoc_malchk();
                (*sp)->seed = seed;
                (*sp)->drawn = 0;
                (*sp)->last = 0;
            }

            static double draw(void) {
                Stream* s = *((Stream**)(&space));
                s->seed = s->seed * 1103515245u + 12345u;
                s->drawn++;
                s->last = (s->seed >> 16) / 65536.0;
                return s->last;
            }

            static void run(void) {
                attach(42);
                double a = draw(), b = draw(), c = draw();
                Stream* s = *((Stream**)(&space));
                printf("%.17g %.17g %.17g %d %u\n", a, b, c, s->drawn, s->seed);
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
