/*
 * Snapshot comparison worked by hand.
 *   before: a-b 1, b-c 2, c-d 1
 *   after:  a-b 1, b-c 3, d-e 2, a-c 1
 * a-b unchanged; b-c strengthened (+1); c-d lost (weight 1); d-e and a-c
 * gained (weight 3); e enters (no tie before); nobody leaves.
 * QAP: 5 aligned actors, 10 cells. Sx = 4, Sxx = 6, Sy = 7, Syy = 15,
 * Sxy = 1*1 + 2*3 = 7: r = (10*7 - 4*7) / sqrt((60 - 16)(150 - 49))
 * = 42 / sqrt(4444) = 0.630031502 (numpy.corrcoef of the upper triangles
 * gives 0.630031502362697). Enumerating all 120 relabelings of `before`
 * (numpy) gives 8 with r >= 0.630032: exact P(r_perm >= r) = 1/15.
 */
#include "test_util.h"

static void load_pair(il_graph_t *b, il_graph_t *a)
{
    assert_int_equal(tu_load(b, "source,target,weight\na,b,1\nb,c,2\nc,d,1\n", NULL, NULL), 0);
    assert_int_equal(tu_load(a, "source,target,weight\na,b,1\nb,c,3\nd,e,2\na,c,1\n", NULL, NULL), 0);
}

static void test_tie_changes(void **state)
{
    il_graph_t b = IL_GRAPH_INIT, a = IL_GRAPH_INIT;
    il_alignment_t al;
    il_tie_changes_t ch;
    (void) state;
    load_pair(&b, &a);
    assert_int_equal(il_alignment_init(&al, &b, &a), 0);
    assert_int_equal(il_strtab_size(&al.ids), 5);
    assert_int_equal(il_compare_ties(&b, &a, &al, NULL, 0, &ch), 0);
    assert_int_equal(ch.all.gained, 2);
    assert_near(ch.all.weight_gained, 3, 0);
    assert_int_equal(ch.all.lost, 1);
    assert_near(ch.all.weight_lost, 1, 0);
    assert_int_equal(ch.all.strengthened, 1);
    assert_near(ch.all.weight_up, 1, 0);
    assert_int_equal(ch.all.weakened, 0);
    assert_int_equal(ch.all.unchanged, 1);
    assert_int_equal(igraph_vector_int_size(&ch.entrants), 1);
    assert_string_equal(il_strtab_get(&al.ids, (uint32_t) VECTOR(ch.entrants)[0]), "e");
    assert_int_equal(igraph_vector_int_size(&ch.leavers), 0);
    il_tie_changes_destroy(&ch);
    il_alignment_destroy(&al);
    il_graph_destroy(&a);
    il_graph_destroy(&b);
}

/* Groups {a, b} = 0 and {c, d, e} = 1: inside 0: a-b unchanged; between:
 * b-c strengthened, a-c gained; inside 1: c-d lost, d-e gained. */
static void test_tie_changes_by_group(void **state)
{
    il_graph_t b = IL_GRAPH_INIT, a = IL_GRAPH_INIT;
    il_alignment_t al;
    il_tie_changes_t ch;
    igraph_vector_int_t grp;
    igraph_integer_t u;
    (void) state;
    load_pair(&b, &a);
    assert_int_equal(il_alignment_init(&al, &b, &a), 0);
    assert_int_equal(igraph_vector_int_init(&grp, 5), 0);
    for (u = 0; u < 5; u++) {
        const char *id = il_strtab_get(&al.ids, (uint32_t) u);
        VECTOR(grp)[u] = (id[0] == 'a' || id[0] == 'b') ? 0 : 1;
    }
    assert_int_equal(il_compare_ties(&b, &a, &al, &grp, 2, &ch), 0);
    assert_int_equal(ch.pair[0].unchanged, 1);
    assert_int_equal(ch.pair[1].strengthened, 1);
    assert_int_equal(ch.pair[1].gained, 1);
    assert_int_equal(ch.pair[3].lost, 1);
    assert_int_equal(ch.pair[3].gained, 1);
    assert_int_equal(ch.pair[2].gained + ch.pair[2].lost, 0);   /* lower triangle unused */
    igraph_vector_int_destroy(&grp);
    il_tie_changes_destroy(&ch);
    il_alignment_destroy(&al);
    il_graph_destroy(&a);
    il_graph_destroy(&b);
}

static void test_qap(void **state)
{
    il_graph_t b = IL_GRAPH_INIT, a = IL_GRAPH_INIT;
    il_alignment_t al;
    il_qap_t q, q2;
    (void) state;
    load_pair(&b, &a);
    assert_int_equal(il_alignment_init(&al, &b, &a), 0);
    assert_int_equal(il_qap_correlation(&b, &a, &al, 1, 0, 1, &q), 0);
    assert_near(q.r, 0.630031502362697, 1e-12);
    assert_true(isnan(q.p_greater));
    /* many random permutations approach the exact 1/15; same seed, same p */
    assert_int_equal(il_qap_correlation(&b, &a, &al, 1, 20000, 7, &q), 0);
    assert_near(q.p_greater, 1.0 / 15.0, 0.01);
    assert_near(q.p_less, 1.0, 0);
    assert_int_equal(il_qap_correlation(&b, &a, &al, 1, 20000, 7, &q2), 0);
    assert_near(q2.p_greater, q.p_greater, 0);
    il_alignment_destroy(&al);
    il_graph_destroy(&a);
    il_graph_destroy(&b);
}

/* Identical snapshots: r = 1; a snapshot without ties: r undefined. */
static void test_qap_edge_cases(void **state)
{
    il_graph_t b = IL_GRAPH_INIT, a = IL_GRAPH_INIT;
    il_alignment_t al;
    il_qap_t q;
    (void) state;
    assert_int_equal(tu_load(&b, "source,target,weight\na,b,1\nb,c,2\n", NULL, NULL), 0);
    assert_int_equal(tu_load(&a, "source,target,weight\na,b,1\nb,c,2\n", NULL, NULL), 0);
    assert_int_equal(il_alignment_init(&al, &b, &a), 0);
    assert_int_equal(il_qap_correlation(&b, &a, &al, 1, 10, 1, &q), 0);
    assert_near(q.r, 1, 1e-12);
    il_alignment_destroy(&al);
    il_graph_destroy(&a);
    assert_int_equal(tu_load(&a, "source,target\n", "id\na\nb\nc\n", NULL), 0);
    assert_int_equal(il_alignment_init(&al, &b, &a), 0);
    assert_int_equal(il_qap_correlation(&b, &a, &al, 1, 10, 1, &q), 0);
    assert_true(isnan(q.r));
    il_alignment_destroy(&al);
    il_graph_destroy(&a);
    il_graph_destroy(&b);
}

/*
 * E-I change. Groups X = {a, b}, Y = {c, d}.
 *   before: a-b (I), c-d (I), b-c (E): EI = (1 - 2)/3 = -1/3
 *   after:  a-b (I), c-d (I), b-c (E), a-d (E): EI = 0; change +1/3
 * The six labelings with two actors per group give changes
 *   X={a,b} or {c,d}: +1/3;  X={a,c} or {b,d}: 1 - 1 = 0;
 *   X={a,d} or {b,c}: 0.5 - 1 = -0.5
 * so exactly P(change >= 1/3) = 2/6 and P(change <= 1/3) = 1.
 */
static void test_ei_change(void **state)
{
    il_graph_t b = IL_GRAPH_INIT, a = IL_GRAPH_INIT;
    il_alignment_t al;
    il_ei_change_t ch;
    igraph_vector_int_t grp;
    igraph_integer_t u;
    (void) state;
    assert_int_equal(tu_load(&b, "source,target\na,b\nc,d\nb,c\n", NULL, NULL), 0);
    assert_int_equal(tu_load(&a, "source,target\na,b\nc,d\nb,c\na,d\n", NULL, NULL), 0);
    assert_int_equal(il_alignment_init(&al, &b, &a), 0);
    assert_int_equal(igraph_vector_int_init(&grp, 4), 0);
    for (u = 0; u < 4; u++) {
        const char *id = il_strtab_get(&al.ids, (uint32_t) u);
        VECTOR(grp)[u] = (id[0] == 'a' || id[0] == 'b') ? 0 : 1;
    }
    assert_int_equal(il_ei_change_test(&b, &a, &al, &grp, 0, 1, &ch), 0);
    assert_near(ch.before, -1.0 / 3.0, 1e-12);
    assert_near(ch.after, 0, 1e-12);
    assert_near(ch.change, 1.0 / 3.0, 1e-12);
    assert_near(ch.change_weighted, 1.0 / 3.0, 1e-12);     /* all weights 1 */
    assert_true(isnan(ch.p_greater));
    assert_int_equal(il_ei_change_test(&b, &a, &al, &grp, 30000, 5, &ch), 0);
    assert_near(ch.p_greater, 1.0 / 3.0, 0.015);
    assert_near(ch.p_less, 1, 0);
    igraph_vector_int_destroy(&grp);
    il_alignment_destroy(&al);
    il_graph_destroy(&a);
    il_graph_destroy(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_tie_changes, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_tie_changes_by_group, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_qap, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_qap_edge_cases, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_ei_change, tu_setup, tu_teardown),
    };
    return cmocka_run_group_tests_name("compare", tests, NULL, NULL);
}
