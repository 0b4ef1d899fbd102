/*
 * Gould-Fernandez brokerage: counts worked by hand on a small directed
 * graph, and sna::brokerage's expectations evaluated by hand.
 */
#include "test_util.h"

static igraph_integer_t vid(const il_graph_t *g, const char *id)
{
    igraph_integer_t v = -1;
    assert_true(il_graph_find_vertex(g, id, &v));
    return v;
}

/*
 * Groups X = {a, b, f}, Y = {c, e}, Z = {d}; arcs
 *   a->b, b->c, b->f, c->d, d->e, e->c, a->e    (n = 6, m = 7).
 * Two-paths i->j->k (i != k) without an arc i->k, broker j:
 *   a->b->c  (no a->c)  X X Y : b representative
 *   a->b->f  (no a->f)  X X X : b coordinator
 *   b->c->d  (no b->d)  X Y Z : c liaison
 *   e->c->d  (no e->d)  Y Y Z : c representative
 *   c->d->e  (no c->e)  Y Z Y : d itinerant
 *   d->e->c  (no d->c)  Z Y Y : e gatekeeper
 *   a->e->c  (no a->c)  X Y Y : e gatekeeper
 * Totals: a 0, b 2, c 2, d 1, e 2, f 0; global: coordinator 1, itinerant 1,
 * representative 2, gatekeeper 2, liaison 1, total 7.
 *
 * sna's null model: d = 7/30, c = d^2 (1 - d) = 0.0417407407...,
 * d3 = d^3 (1 - d)^3. Group X (n_i = 3, N = 6):
 *   E[coordinator] = c (3-1)(3-2) = 2c = 0.0834814815,
 *   Var = 2c (1 - c) + 2*2*1*0*d3: sd 0.2828372370; z(b) = 3.240445029.
 *   E[representative] = c (6-3)(3-1) = 6c = 0.2504444444,
 *   Var = 6c(1-c) + 2((3-1) C(3,2) + 3 C(2,2)) d3: sd 0.5856916280;
 *   z(b) = 1.279778504.
 * Group Z (n_i = 1): E[itinerant] = c (3*2 + 2*1) = 8c = 0.3339259259,
 *   Var = 8c(1-c) + 2 (3*2*1 + 2*1*0) d3: sd 0.6234449406; z(d) = 1.068376741.
 * Group Y (n_i = 2): E[gatekeeper] = c (6-2)(2-1) = 4c = 0.1669629630,
 *   Var = 4c(1-c) + 2(1*C(4,2) + 4*C(1,2)) d3: sd 0.4782152118;
 *   z(e) = 3.833079735.
 * Every group: E[total] = c (N-1)(N-2) = 20c = 0.8348148148,
 *   Var = 20c(1-c) + 2*5*4*3 d3: sd 1.219396925.
 * Global E[total] = c N (N-1)(N-2) = 120c = 5.008888889.
 * Global E[coordinator] = c sum n(n-1)(n-2) = c (6 + 0 + 0) = 6c = 0.2504444444;
 * E[itinerant] = E[representative] = c sum n(N-n)(n-1) = c (3*3*2 + 2*4*1 + 0)
 *   = 26c = 1.085259259;
 * E[liaison] = c (sum_{x,y} x y (N-x-y) - sum x^2 (N-2x)) over sizes 3, 2, 1:
 *   the ordered pairs give 0+6+6 + 6+8+6 + 6+6+4 = 48, minus 0 + 8 + 4 = 12:
 *   36c = 1.502666667.
 */
static void test_directed_by_hand(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    il_partition_t p;
    il_brokerage_t b;
    il_load_options_t o = IL_LOAD_OPTIONS_INIT;
    igraph_integer_t vb, vc, vd, ve;
    (void) state;
    o.directed = 1;
    assert_int_equal(tu_load(&g, "source,target\na,b\nb,c\nb,f\nc,d\nd,e\ne,c\na,e\n",
                             "id,grp\na,X\nb,X\nc,Y\nd,Z\ne,Y\nf,X\n", &o), 0);
    assert_int_equal(il_partition_from_attr(&g, "grp", IL_EMPTY_ERROR, &p), 0);
    assert_int_equal(il_brokerage(&g, &p, &b), 0);
    vb = vid(&g, "b");
    vc = vid(&g, "c");
    vd = vid(&g, "d");
    ve = vid(&g, "e");
    assert_int_equal(b.arcs, 7);
    assert_near(b.density, 7.0 / 30.0, 1e-12);
    assert_near(MATRIX(b.raw, vb, IL_BROKER_COORDINATOR), 1, 0);
    assert_near(MATRIX(b.raw, vb, IL_BROKER_REPRESENTATIVE), 1, 0);
    assert_near(MATRIX(b.raw, vb, IL_BROKER_TOTAL), 2, 0);
    assert_near(MATRIX(b.raw, vc, IL_BROKER_LIAISON), 1, 0);
    assert_near(MATRIX(b.raw, vc, IL_BROKER_REPRESENTATIVE), 1, 0);
    assert_near(MATRIX(b.raw, vd, IL_BROKER_ITINERANT), 1, 0);
    assert_near(MATRIX(b.raw, vd, IL_BROKER_TOTAL), 1, 0);
    assert_near(MATRIX(b.raw, ve, IL_BROKER_GATEKEEPER), 2, 0);
    assert_near(MATRIX(b.raw, vid(&g, "a"), IL_BROKER_TOTAL), 0, 0);
    assert_near(MATRIX(b.raw, vid(&g, "f"), IL_BROKER_TOTAL), 0, 0);
    assert_near(b.global_raw[IL_BROKER_COORDINATOR], 1, 0);
    assert_near(b.global_raw[IL_BROKER_GATEKEEPER], 2, 0);
    assert_near(b.global_raw[IL_BROKER_TOTAL], 7, 0);

    assert_near(MATRIX(b.expected, vb, IL_BROKER_COORDINATOR), 0.0834814815, 1e-9);
    assert_near(MATRIX(b.sd, vb, IL_BROKER_COORDINATOR), 0.2828372370, 1e-9);
    assert_near(MATRIX(b.z, vb, IL_BROKER_COORDINATOR), 3.240445029, 1e-8);
    assert_near(MATRIX(b.expected, vb, IL_BROKER_REPRESENTATIVE), 0.2504444444, 1e-9);
    assert_near(MATRIX(b.sd, vb, IL_BROKER_REPRESENTATIVE), 0.5856916280, 1e-9);
    assert_near(MATRIX(b.z, vb, IL_BROKER_REPRESENTATIVE), 1.279778504, 1e-8);
    assert_near(MATRIX(b.expected, vd, IL_BROKER_ITINERANT), 0.3339259259, 1e-9);
    assert_near(MATRIX(b.sd, vd, IL_BROKER_ITINERANT), 0.6234449406, 1e-9);
    assert_near(MATRIX(b.z, vd, IL_BROKER_ITINERANT), 1.068376741, 1e-8);
    assert_near(MATRIX(b.expected, ve, IL_BROKER_GATEKEEPER), 0.1669629630, 1e-9);
    assert_near(MATRIX(b.sd, ve, IL_BROKER_GATEKEEPER), 0.4782152118, 1e-9);
    assert_near(MATRIX(b.z, ve, IL_BROKER_GATEKEEPER), 3.833079735, 1e-8);
    assert_near(MATRIX(b.expected, vd, IL_BROKER_TOTAL), 0.8348148148, 1e-9);
    assert_near(MATRIX(b.sd, vc, IL_BROKER_TOTAL), 1.219396925, 1e-9);
    assert_near(b.global_expected[IL_BROKER_TOTAL], 5.008888889, 1e-8);
    assert_near(b.global_expected[IL_BROKER_COORDINATOR], 0.2504444444, 1e-9);
    assert_near(b.global_expected[IL_BROKER_ITINERANT], 1.085259259, 1e-8);
    assert_near(b.global_expected[IL_BROKER_REPRESENTATIVE], 1.085259259, 1e-8);
    assert_near(b.global_expected[IL_BROKER_LIAISON], 1.502666667, 1e-8);
    /* Z has one member: no coordinator or representative pairs, sd 0 */
    assert_near(MATRIX(b.expected, vd, IL_BROKER_COORDINATOR), 0, 1e-15);
    assert_true(isnan(MATRIX(b.z, vd, IL_BROKER_COORDINATOR)));
    il_brokerage_destroy(&b);
    il_partition_destroy(&p);
    il_graph_destroy(&g);
}

/*
 * Undirected path a - b - c with a, c in X and b in Y, read as the
 * symmetric directed graph: a->b->c and c->b->a, no tie a-c: b is an
 * itinerant broker twice (both orders), nothing else. Arcs 4, d = 4/6.
 * A closed triangle brokers nothing.
 */
static void test_undirected_symmetric(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    il_partition_t p;
    il_brokerage_t b;
    (void) state;
    assert_int_equal(tu_load(&g, "source,target\na,b\nb,c\n", "id,grp\na,X\nb,Y\nc,X\n",
                             NULL), 0);
    assert_int_equal(il_partition_from_attr(&g, "grp", IL_EMPTY_ERROR, &p), 0);
    assert_int_equal(il_brokerage(&g, &p, &b), 0);
    assert_int_equal(b.arcs, 4);
    assert_near(b.density, 4.0 / 6.0, 1e-12);
    assert_near(MATRIX(b.raw, vid(&g, "b"), IL_BROKER_ITINERANT), 2, 0);
    assert_near(MATRIX(b.raw, vid(&g, "b"), IL_BROKER_TOTAL), 2, 0);
    assert_near(b.global_raw[IL_BROKER_TOTAL], 2, 0);
    il_brokerage_destroy(&b);
    il_partition_destroy(&p);
    il_graph_destroy(&g);

    assert_int_equal(tu_load(&g, "source,target\na,b\nb,c\nc,a\n", "id,grp\na,X\nb,Y\nc,X\n",
                             NULL), 0);
    assert_int_equal(il_partition_from_attr(&g, "grp", IL_EMPTY_ERROR, &p), 0);
    assert_int_equal(il_brokerage(&g, &p, &b), 0);
    assert_near(b.global_raw[IL_BROKER_TOTAL], 0, 0);
    il_brokerage_destroy(&b);
    il_partition_destroy(&p);
    il_graph_destroy(&g);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_directed_by_hand, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_undirected_symmetric, tu_setup, tu_teardown),
    };
    return cmocka_run_group_tests_name("brokerage", tests, NULL, NULL);
}
