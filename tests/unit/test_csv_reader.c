/*
 * Every loading rule of the edge and node tables, and every bad input,
 * with the error text that names file, line and column.
 */
#include "test_util.h"
#include "model/model_internal.h"

/* Load, expect a parse error, and check that the message contains \p part. */
static void expect_error(const char *edges, const char *nodes, il_load_options_t *o,
                         const char *part)
{
    il_graph_t g = IL_GRAPH_INIT;
    igraph_error_t rc = tu_load(&g, edges, nodes, o);
    if (rc == IGRAPH_SUCCESS) {
        il_graph_destroy(&g);
        fail_msg("loaded, expected an error containing \"%s\"", part);
    }
    if (!strstr(il_last_error(), part)) {
        fail_msg("error \"%s\" does not contain \"%s\"", il_last_error(), part);
    }
    assert_int_equal(il_graph_vcount(&g), 0);
    il_clear_error();
}

static double weight_of(const il_graph_t *g, const char *a, const char *b)
{
    igraph_integer_t u, v, e;
    assert_true(il_graph_find_vertex(g, a, &u));
    assert_true(il_graph_find_vertex(g, b, &v));
    assert_int_equal(igraph_get_eid(&g->graph, &e, u, v, g->directed, /* error = */ false), 0);
    assert_true(e >= 0);
    return VECTOR(g->weight)[e];
}

static void test_columns_by_name(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    long col;
    (void) state;
    /* columns in any order; extra columns kept as edge attributes */
    assert_int_equal(tu_load(&g, "year,weight,target,type,source\n2019,2.5,b,supplier,a\n"
                             "2021,1,c,funding,b\n", NULL, NULL), 0);
    assert_int_equal(il_graph_vcount(&g), 3);
    assert_int_equal(il_graph_ecount(&g), 2);
    assert_near(weight_of(&g, "a", "b"), 2.5, 0);
    col = il_graph_eattr_find(&g, "type");
    assert_true(col >= 0);
    assert_string_equal(il_graph_eattr_get(&g, (size_t) col, 1), "funding");
    assert_true(il_graph_eattr_find(&g, "year") >= 0);
    assert_true(il_graph_eattr_find(&g, "weight") < 0);
    il_graph_destroy(&g);
}

static void test_aliases_and_overrides(void **state)
{
    il_load_options_t o = IL_LOAD_OPTIONS_INIT;
    il_graph_t g = IL_GRAPH_INIT;
    (void) state;
    assert_int_equal(tu_load(&g, "src,dst\nx,y\n", NULL, NULL), 0);
    assert_int_equal(il_graph_ecount(&g), 1);
    assert_near(VECTOR(g.weight)[0], 1, 0);            /* no weight column: 1 */
    il_graph_destroy(&g);
    assert_int_equal(tu_load(&g, "From,To\nx,y\n", NULL, NULL), 0);   /* case-insensitive */
    il_graph_destroy(&g);
    o.source_col = "firm";
    o.target_col = "partner";
    o.weight_col = "projects";
    assert_int_equal(tu_load(&g, "firm,partner,projects,weight\nx,y,3,9\n", NULL, &o), 0);
    assert_near(VECTOR(g.weight)[0], 3, 0);
    assert_true(il_graph_eattr_find(&g, "weight") >= 0);  /* not the chosen weight: kept */
    il_graph_destroy(&g);
    expect_error("a,b\nx,y\n", NULL, NULL, "no source column in the header");
    o = (il_load_options_t) IL_LOAD_OPTIONS_INIT;
    o.weight_col = "w";
    expect_error("source,target\nx,y\n", NULL, &o, ":1: no weight column 'w'");
    expect_error("source,target,source\nx,y,z\n", NULL, NULL, "column 'source' appears twice");
}

static void test_delimiters_bom_crlf(void **state)
{
    il_load_options_t o = IL_LOAD_OPTIONS_INIT;
    il_graph_t g = IL_GRAPH_INIT;
    (void) state;
    assert_int_equal(tu_load(&g, "source;target;weight\r\na;b;1.5\r\nb;c;2\r\n", NULL, NULL), 0);
    assert_int_equal(il_graph_ecount(&g), 2);
    assert_near(weight_of(&g, "a", "b"), 1.5, 0);
    il_graph_destroy(&g);
    assert_int_equal(tu_load(&g, "\xEF\xBB\xBFsource\ttarget\na\tb\n", NULL, NULL), 0);
    assert_true(il_graph_find_vertex(&g, "a", &(igraph_integer_t) { 0 }));
    il_graph_destroy(&g);
    o.delimiter = ';';      /* forced: the comma is then part of the id */
    assert_int_equal(tu_load(&g, "source;target\na,1;b\n", NULL, &o), 0);
    assert_true(il_graph_find_vertex(&g, "a,1", &(igraph_integer_t) { 0 }));
    il_graph_destroy(&g);
    /* no final newline */
    assert_int_equal(tu_load(&g, "source,target\na,b", NULL, NULL), 0);
    assert_int_equal(il_graph_ecount(&g), 1);
    il_graph_destroy(&g);
}

static void test_quoting(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    long col;
    (void) state;
    assert_int_equal(tu_load(&g, "source,target,note\n"
                             "\"Kim, Lee & Co\",\"the \"\"lab\"\"\",\"two\nlines\"\n"
                             "x,y,z\n", NULL, NULL), 0);
    assert_true(il_graph_find_vertex(&g, "Kim, Lee & Co", &(igraph_integer_t) { 0 }));
    assert_true(il_graph_find_vertex(&g, "the \"lab\"", &(igraph_integer_t) { 0 }));
    col = il_graph_eattr_find(&g, "note");
    assert_string_equal(il_graph_eattr_get(&g, (size_t) col, 0), "two\nlines");
    il_graph_destroy(&g);
    /* the row after a quoted newline is reported on its true line */
    expect_error("source,target,weight\n\"a\nb\",c,1\nx,y,-2\n", NULL, NULL, ":4:3: weight '-2'");
    expect_error("source,target\na,\"b\n", NULL, NULL, ":2: unterminated quoted field");
    expect_error("source,target\na,\"b\"x\n", NULL, NULL, ":2:2: malformed quoted field");
}

static void test_hangul_byte_exact(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    igraph_integer_t v;
    (void) state;
    /* 한국전자통신연구원 (precomposed, NFC) and KAIST; the NFD spelling of 한 is
     * a different byte string and stays a different node */
    assert_int_equal(tu_load(&g, "source,target\n한국전자통신연구원,KAIST\n"
                             "\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB,KAIST\n", NULL, NULL), 0);
    assert_int_equal(il_graph_vcount(&g), 3);
    assert_true(il_graph_find_vertex(&g, "한국전자통신연구원", &v));
    assert_string_equal(il_graph_vertex_id(&g, v), "한국전자통신연구원");
    il_graph_destroy(&g);
    /* U+3000 ideographic space and NBSP around an id are trimmed and counted */
    assert_int_equal(tu_load(&g, "source,target\n\xE3\x80\x80KAIST\xC2\xA0,ETRI\n", NULL, NULL), 0);
    assert_true(il_graph_find_vertex(&g, "KAIST", &v));
    assert_int_equal(g.info.ids_trimmed, 1);
    il_graph_destroy(&g);
}

static void test_duplicates(void **state)
{
    const char *csv = "source,target,weight\na,b,1\nb,a,4\na,b,1\nc,d,2\n";
    const double want[] = { 6, 4, 1, 2, 1 };      /* sum max min mean first */
    il_load_options_t o = IL_LOAD_OPTIONS_INIT;
    il_graph_t g = IL_GRAPH_INIT;
    int mode;
    (void) state;
    for (mode = IL_DUP_SUM; mode <= IL_DUP_FIRST; mode++) {
        o = (il_load_options_t) IL_LOAD_OPTIONS_INIT;
        o.duplicates = (il_dup_mode_t) mode;
        assert_int_equal(tu_load(&g, csv, NULL, &o), 0);
        assert_int_equal(il_graph_ecount(&g), 2);
        assert_near(weight_of(&g, "a", "b"), want[mode], 1e-12);
        assert_int_equal(g.info.duplicates_merged, 2);
        il_graph_destroy(&g);
    }
    o = (il_load_options_t) IL_LOAD_OPTIONS_INIT;
    o.duplicates = IL_DUP_ERROR;
    expect_error(csv, NULL, &o, ":3: duplicate tie b -- a (first on line 2)");
    /* directed: a->b and b->a are different ties */
    o = (il_load_options_t) IL_LOAD_OPTIONS_INIT;
    o.directed = 1;
    assert_int_equal(tu_load(&g, csv, NULL, &o), 0);
    assert_int_equal(il_graph_ecount(&g), 3);
    assert_near(weight_of(&g, "a", "b"), 2, 0);
    assert_int_equal(g.info.duplicates_merged, 1);
    il_graph_destroy(&g);
}

static void test_self_loops(void **state)
{
    const char *csv = "source,target\na,a\na,b\n";
    il_load_options_t o = IL_LOAD_OPTIONS_INIT;
    il_graph_t g = IL_GRAPH_INIT;
    (void) state;
    assert_int_equal(tu_load(&g, csv, NULL, &o), 0);
    assert_int_equal(il_graph_ecount(&g), 1);
    assert_int_equal(g.info.self_loops_dropped, 1);
    il_graph_destroy(&g);
    o.self_loops = IL_LOOP_KEEP;
    assert_int_equal(tu_load(&g, csv, NULL, &o), 0);
    assert_int_equal(il_graph_ecount(&g), 2);
    assert_int_equal(g.info.self_loops_kept, 1);
    il_graph_destroy(&g);
    o.self_loops = IL_LOOP_ERROR;
    expect_error(csv, NULL, &o, ":2: self-loop on 'a'");
}

static void test_bad_weights(void **state)
{
    static const char *const bad[] = {
        "abc", "0", "-1", "nan", "NaN", "inf", "-inf", "1e999", "0x10", "1,5", "1.5.2", "1e-320"
    };
    char csv[128], part[64];
    size_t i;
    (void) state;
    for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        snprintf(csv, sizeof csv, "source,target,weight\na,b,1\nc,d,\"%s\"\n", bad[i]);
        snprintf(part, sizeof part, ":3:3: weight '%s' in column 'weight'", bad[i]);
        expect_error(csv, NULL, NULL, part);
    }
    expect_error("source,target,weight\na,b,\n", NULL, NULL, ":2:3: empty weight");
    expect_error("source;target;weight\na;b;1,5\n", NULL, NULL, "decimal comma");
}

static void test_node_table(void **state)
{
    il_load_options_t o = IL_LOAD_OPTIONS_INIT;
    il_graph_t g = IL_GRAPH_INIT;
    igraph_integer_t v;
    long sector;
    (void) state;
    assert_int_equal(tu_load(&g, "source,target\nETRI,KAIST\n",
                             "id,label,sector\nKAIST,카이스트,university\nETRI,한국전자통신연구원,research\n"
                             "KRIBB,생명공학연구원,research\n", NULL), 0);
    assert_int_equal(il_graph_vcount(&g), 3);       /* KRIBB: an isolate */
    assert_true(il_graph_find_vertex(&g, "KRIBB", &v));
    assert_int_equal(v, 2);                          /* node table order */
    sector = il_graph_vattr_find(&g, "sector");
    assert_string_equal(il_graph_vattr_get(&g, (size_t) sector, v), "research");
    assert_string_equal(il_graph_vertex_label(&g, 0), "카이스트");
    il_graph_destroy(&g);
    expect_error("source,target\nETRI,KIST\n", "id\nETRI\n", NULL,
                 ":2:2: node 'KIST' is not in the node table");
    expect_error("source,target\n", "id\nETRI\nKIST\nETRI\n", NULL,
                 ":4:1: node 'ETRI' is listed twice (first on line 2)");
    expect_error("source,target\n", "name\nETRI\n", NULL, "no node id column 'id'");
    o.node_id_col = "name";
    assert_int_equal(tu_load(&g, "source,target\n", "name,label\nETRI,x\n", &o), 0);
    assert_int_equal(il_graph_vcount(&g), 1);
    il_graph_destroy(&g);
}

static void test_malformed_files(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    (void) state;
    expect_error("", NULL, NULL, ":1: the file is empty");
    expect_error("source,target\na,b,c\n", NULL, NULL, ":2: expected 2 fields as in the header, found 3");
    expect_error("source,target\na,\xB1\xB9\n", NULL, NULL, ":2:2: invalid UTF-8");
    expect_error("\xFF\xFEs\0", NULL, NULL, "UTF-16");
    expect_error("source,target\n,b\n", NULL, NULL, ":2:1: empty id in column 'source'");
    expect_error("source,,target\na,b,c\n", NULL, NULL, ":1:2: empty column name");
    {   /* a NUL byte: libcsv would pass it through and strlen() would cut the id */
        const char data[] = "source,target\nKA\0IST,b\n";
        char path[64];
        FILE *fp;
        il_load_options_t o = IL_LOAD_OPTIONS_INIT;
        snprintf(path, sizeof path, "/tmp/il-unit-nul-%d.csv", (int) getpid());
        fp = fopen(path, "wb");
        assert_non_null(fp);
        fwrite(data, 1, sizeof data - 1, fp);
        fclose(fp);
        o.edges_path = path;
        assert_int_not_equal(il_load_graph(&o, &g), 0);
        assert_non_null(strstr(il_last_error(), ":2: NUL byte"));
        unlink(o.edges_path);
        il_clear_error();
    }
    {
        il_load_options_t o = IL_LOAD_OPTIONS_INIT;
        o.edges_path = "/nonexistent/edges.csv";
        assert_int_equal(il_load_graph(&o, &g), IGRAPH_EFILE);
        assert_string_equal(il_last_error(),
                            "cannot open '/nonexistent/edges.csv': No such file or directory");
        il_clear_error();
    }
}

static void test_where(void **state)
{
    const char *csv = "source,target,type,year\na,b,supplier,2014\nb,c,funding,2016\n"
                      "c,d,supplier,2018\nd,e,joint,2015\n";
    il_where_t w[2];
    il_load_options_t o = IL_LOAD_OPTIONS_INIT;
    il_graph_t g = IL_GRAPH_INIT;
    (void) state;
    assert_int_equal(il_where_parse("type=supplier", &w[0]), 0);
    assert_int_equal(il_where_parse(" year >= 2015 ", &w[1]), 0);
    assert_string_equal(w[1].column, "year");
    o.where = w;
    o.nwhere = 2;
    assert_int_equal(tu_load(&g, csv, NULL, &o), 0);
    assert_int_equal(il_graph_ecount(&g), 1);        /* only c-d */
    assert_int_equal(il_graph_vcount(&g), 2);
    assert_int_equal(g.info.rows, 4);
    assert_int_equal(g.info.rows_filtered, 3);
    il_graph_destroy(&g);
    il_where_destroy(&w[0]);
    il_where_destroy(&w[1]);
    assert_int_equal(il_where_parse("type!=funding", &w[0]), 0);
    assert_true(il_where_match(&w[0], "supplier"));
    assert_false(il_where_match(&w[0], "funding"));
    il_where_destroy(&w[0]);
    assert_int_equal(il_where_parse("year<2015.0", &w[0]), 0);   /* numeric, not textual */
    assert_true(il_where_match(&w[0], "2014"));
    assert_false(il_where_match(&w[0], "2015"));
    il_where_destroy(&w[0]);
    assert_int_not_equal(il_where_parse("year", &w[0]), 0);
    assert_int_not_equal(il_where_parse("=x", &w[0]), 0);
    il_clear_error();
    assert_int_equal(il_where_parse("region=Daejeon", &w[0]), 0);
    o.where = w;
    o.nwhere = 1;
    expect_error(csv, NULL, &o, "--where 'region=Daejeon': no column 'region'");
    il_where_destroy(&w[0]);
}

static void test_ego(void **state)
{
    il_load_options_t o = IL_LOAD_OPTIONS_INIT;
    il_graph_t g = IL_GRAPH_INIT;
    long type;
    (void) state;
    o.ego = "b";
    assert_int_equal(tu_load(&g, "source,target,type\na,b,x\nb,c,y\nc,d,z\nd,e,w\n", NULL, &o), 0);
    assert_int_equal(il_graph_vcount(&g), 3);        /* a b c */
    assert_int_equal(il_graph_ecount(&g), 2);
    type = il_graph_eattr_find(&g, "type");
    assert_string_equal(il_graph_eattr_get(&g, (size_t) type, 1), "y");
    il_graph_destroy(&g);
    o.radius = 2;
    assert_int_equal(tu_load(&g, "source,target\na,b\nb,c\nc,d\nd,e\n", NULL, &o), 0);
    assert_int_equal(il_graph_vcount(&g), 4);
    il_graph_destroy(&g);
    o.ego = "zz";
    assert_int_equal(tu_load(&g, "source,target\na,b\n", NULL, &o), IGRAPH_EINVAL);
    assert_string_equal(il_last_error(), "--ego: no node with id 'zz'");
    il_clear_error();
}

static void test_strtab(void **state)
{
    il_strtab_t t;
    uint32_t id, i;
    char buf[32];
    int is_new;
    (void) state;
    assert_int_equal(il_strtab_init(&t), 0);
    for (i = 0; i < 5000; i++) {           /* forces several rehashes */
        snprintf(buf, sizeof buf, "node-%u", i);
        assert_int_equal(il_strtab_intern(&t, buf, strlen(buf), &id, &is_new), 0);
        assert_int_equal(id, i);
        assert_true(is_new);
    }
    assert_int_equal(il_strtab_intern(&t, "node-42", 7, &id, &is_new), 0);
    assert_int_equal(id, 42);
    assert_false(is_new);
    assert_false(il_strtab_find(&t, "node-", 5, &id));
    assert_string_equal(il_strtab_get(&t, 4999), "node-4999");
    il_strtab_destroy(&t);
}

/*
 * Short strings live in the hash slot itself, longer ones only in the
 * arena (strtab.c): strings of every length around the 23-byte boundary,
 * prefixes of each other, must keep distinct ids through rehashes and a
 * copy, and a prefix or extension of a stored string must not be found.
 */
static void test_strtab_lengths(void **state)
{
    il_strtab_t t, c;
    uint32_t id, i, k;
    char buf[64];
    int is_new;
    (void) state;
    assert_int_equal(il_strtab_init(&t), 0);
    for (k = 0; k < 40; k++) {              /* 40 x 60 strings: several rehashes */
        for (i = 1; i <= 60; i++) {
            memset(buf, 'z', i);
            buf[0] = (char) ('A' + (int) k);
            buf[i] = '\0';
            assert_int_equal(il_strtab_intern(&t, buf, i, &id, &is_new), 0);
            assert_int_equal(id, k * 60 + i - 1);
            assert_true(is_new);
        }
    }
    assert_int_equal(il_strtab_copy(&c, &t), 0);
    for (k = 0; k < 40; k++) {
        for (i = 1; i <= 60; i++) {
            memset(buf, 'z', i);
            buf[0] = (char) ('A' + (int) k);
            buf[i] = '\0';
            assert_true(il_strtab_find(&t, buf, i, &id));
            assert_int_equal(id, k * 60 + i - 1);
            assert_string_equal(il_strtab_get(&t, id), buf);
            assert_true(il_strtab_find(&c, buf, i, &id));
            assert_int_equal(id, k * 60 + i - 1);
            assert_int_equal(il_strtab_intern(&t, buf, i, &id, &is_new), 0);
            assert_false(is_new);
        }
    }
    memset(buf, 'z', 61);
    buf[0] = 'A';
    assert_false(il_strtab_find(&t, buf, 61, &id));    /* longer than any stored */
    assert_false(il_strtab_find(&t, "", 0, &id));
    /* Hangul: 24 bytes (one past the inline limit) and 21 bytes. */
    assert_int_equal(il_strtab_intern(&t, "\xed\x95\x9c\xea\xb5\xad\xec\xa0\x84"
                                      "\xec\x9e\x90\xed\x86\xb5\xec\x8b\xa0"
                                      "\xec\x97\xb0\xea\xb5\xac", 24, &id, &is_new), 0);
    assert_true(is_new);
    assert_false(il_strtab_find(&t, "\xed\x95\x9c\xea\xb5\xad\xec\xa0\x84"
                                "\xec\x9e\x90\xed\x86\xb5\xec\x8b\xa0"
                                "\xec\x97\xb0", 21, &id));
    assert_int_equal(il_strtab_size(&t), 40 * 60 + 1);
    assert_int_equal(il_strtab_size(&c), 40 * 60);
    il_strtab_destroy(&c);
    il_strtab_destroy(&t);
}

/* The opaque builder: freed at any stage, its counts and ids readable. */
static void test_builder_life_cycle(void **state)
{
    il_graph_builder_t *b;
    il_graph_t g = IL_GRAPH_INIT;
    il_edge_outcome_t out;
    uint32_t u, v;
    (void) state;
    il_graph_builder_free(NULL);
    assert_int_equal(il_graph_builder_new(&b, 0, IL_DUP_SUM, IL_LOOP_DROP), 0);
    assert_int_equal(il_graph_builder_add_vertex(b, "a", 1, &u, NULL), 0);
    il_graph_builder_free(b);                   /* unfinished: nothing leaks */

    assert_int_equal(il_graph_builder_new(&b, 0, IL_DUP_SUM, IL_LOOP_DROP), 0);
    assert_int_equal(il_graph_builder_add_vertex(b, "a", 1, &u, NULL), 0);
    assert_int_equal(il_graph_builder_add_vertex(b, "b", 1, &v, NULL), 0);
    assert_string_equal(il_graph_builder_vertex_id(b, v), "b");
    assert_int_equal(il_graph_builder_add_edge(b, u, v, 2, NULL, NULL, 0, &out, NULL), 0);
    assert_int_equal(il_graph_builder_add_edge(b, v, u, 1, NULL, NULL, 0, &out, NULL), 0);
    assert_int_equal(out, IL_EDGE_MERGED);
    assert_int_equal(il_graph_builder_add_edge(b, u, u, 1, NULL, NULL, 0, &out, NULL), 0);
    assert_int_equal(out, IL_EDGE_LOOP_DROPPED);
    il_graph_builder_info(b)->rows = 3;
    assert_int_equal(il_graph_builder_finish(b, &g), 0);
    il_graph_builder_free(b);
    assert_int_equal(il_graph_ecount(&g), 1);
    assert_near(VECTOR(g.weight)[0], 3, 0);
    assert_int_equal(g.info.rows, 3);
    assert_int_equal(g.info.duplicates_merged, 1);
    assert_int_equal(g.info.self_loops_dropped, 1);
    il_graph_destroy(&g);
}

/* ---- Sorted merging and creation (model/builder_merge.c) ------------------- */

static uint64_t mix_state;

static uint32_t mix_next(uint32_t bound)
{
    uint64_t z = (mix_state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return (uint32_t) ((z ^ (z >> 31)) % bound);
}

/* A builder fed \p rows random rows over \p n ids (many repeats, loops,
 * an edge attribute whose values repeat too); deferred or hashing. */
static void random_graph(il_graph_t *g, uint64_t seed, int directed, il_dup_mode_t dup,
                         il_loop_mode_t loops, uint32_t n, size_t rows, int defer,
                         size_t early)
{
    il_graph_builder_t *b;
    size_t i, col;
    char id[16], val[16];
    mix_state = seed;
    assert_int_equal(il_graph_builder_new(&b, directed, dup, loops), 0);
    if (defer) {
        assert_int_equal(il_graph_builder_defer(b), 0);
        b->merge_early = early;
    }
    assert_int_equal(il_graph_builder_add_eattr(b, "kind", &col), 0);
    for (i = 0; i < n; i++) {       /* vertices in a scrambled order */
        uint32_t v;
        snprintf(id, sizeof id, "v%u", (unsigned) ((i * 7919u) % n));
        assert_int_equal(il_graph_builder_add_vertex(b, id, strlen(id), &v, NULL), 0);
    }
    for (i = 0; i < rows; i++) {
        uint32_t u = mix_next(n), v = mix_next(n);
        const char *values[1];
        size_t lens[1];
        il_edge_outcome_t out;
        snprintf(val, sizeof val, "k%u", mix_next(7));
        values[0] = val;
        lens[0] = strlen(val);
        assert_int_equal(il_graph_builder_add_edge(b, u, v, 1.0 + mix_next(1000) / 7.0, values,
                                                   lens, (igraph_integer_t) i + 2, &out, NULL), 0);
    }
    il_graph_builder_info(b)->rows = (igraph_integer_t) rows;
    assert_int_equal(il_graph_builder_finish(b, g), 0);
    il_graph_builder_free(b);
}

static void same_ints(const igraph_vector_int_t *a, const igraph_vector_int_t *b)
{
    assert_int_equal(igraph_vector_int_size(a), igraph_vector_int_size(b));
    assert_memory_equal(VECTOR(*a), VECTOR(*b),
                        (size_t) igraph_vector_int_size(a) * sizeof(igraph_integer_t));
}

/* The graph as igraph_create() would make it from the same edge list;
 * with \p multi 0 it has no two ties on one pair. */
static void same_as_igraph_create_multi(const il_graph_t *g, int multi)
{
    igraph_t ref;
    igraph_vector_int_t edges;
    igraph_bool_t x, y;
    assert_int_equal(igraph_vector_int_init(&edges, 0), 0);
    assert_int_equal(igraph_get_edgelist(&g->graph, &edges, /* bycol = */ false), 0);
    assert_int_equal(igraph_create(&ref, &edges, igraph_vcount(&g->graph), g->directed), 0);
    same_ints(&ref.from, &g->graph.from);
    same_ints(&ref.to, &g->graph.to);
    same_ints(&ref.oi, &g->graph.oi);
    same_ints(&ref.ii, &g->graph.ii);
    same_ints(&ref.os, &g->graph.os);
    same_ints(&ref.is, &g->graph.is);
    assert_int_equal(igraph_has_loop(&ref, &x), 0);
    assert_int_equal(igraph_has_loop(&g->graph, &y), 0);
    assert_int_equal(x, y);
    assert_int_equal(igraph_has_multiple(&g->graph, &y), 0);
    assert_int_equal(!!y, !!multi);
    igraph_destroy(&ref);
    igraph_vector_int_destroy(&edges);
}

static void same_as_igraph_create(const il_graph_t *g)
{
    same_as_igraph_create_multi(g, 0);
}

/* Merging by sorting (deferred, and early merges while reading) gives
 * the graph the tie hash gives: the same ties in the same order, the same
 * strengths to the bit, the same attribute value numbering, the same
 * counts; and the graph is field for field what igraph_create() makes. */
static void test_builder_sorted_merge(void **state)
{
    const il_dup_mode_t modes[5] = { IL_DUP_SUM, IL_DUP_MAX, IL_DUP_MIN, IL_DUP_MEAN,
                                     IL_DUP_FIRST };
    int k;
    (void) state;
    for (k = 0; k < 24; k++) {
        il_graph_t hashed = IL_GRAPH_INIT, sorted = IL_GRAPH_INIT, early = IL_GRAPH_INIT;
        int directed = k & 1;
        il_loop_mode_t loops = (k & 2) ? IL_LOOP_KEEP : IL_LOOP_DROP;
        il_dup_mode_t dup = modes[k % 5];
        uint32_t n = k < 20 ? 3 + (uint32_t) k * 5 : 3000;
        size_t rows = k < 20 ? 40 + (size_t) k * 30 : 20000, e, c;
        random_graph(&hashed, (uint64_t) k, directed, dup, loops, n, rows, 0, 0);
        random_graph(&sorted, (uint64_t) k, directed, dup, loops, n, rows, 1, IL_MERGE_EARLY);
        random_graph(&early, (uint64_t) k, directed, dup, loops, n, rows, 1, 1024);
        for (c = 0; c < 2; c++) {
            const il_graph_t *o = c ? &early : &sorted;
            assert_int_equal(il_graph_ecount(o), il_graph_ecount(&hashed));
            for (e = 0; e < (size_t) il_graph_ecount(o); e++) {
                assert_int_equal(IGRAPH_FROM(&o->graph, e), IGRAPH_FROM(&hashed.graph, e));
                assert_int_equal(IGRAPH_TO(&o->graph, e), IGRAPH_TO(&hashed.graph, e));
                assert_memory_equal(&VECTOR(o->weight)[e], &VECTOR(hashed.weight)[e],
                                    sizeof(double));
                assert_int_equal(o->eattr.col[0].idx[e], hashed.eattr.col[0].idx[e]);
            }
            assert_int_equal(il_strtab_size(&o->eattr.col[0].values),
                             il_strtab_size(&hashed.eattr.col[0].values));
            for (e = 0; e < il_strtab_size(&o->eattr.col[0].values); e++) {
                assert_string_equal(il_strtab_get(&o->eattr.col[0].values, (uint32_t) e),
                                    il_strtab_get(&hashed.eattr.col[0].values, (uint32_t) e));
            }
            assert_int_equal(o->info.duplicates_merged, hashed.info.duplicates_merged);
            assert_int_equal(o->info.self_loops_kept, hashed.info.self_loops_kept);
            assert_int_equal(o->info.self_loops_dropped, hashed.info.self_loops_dropped);
            same_as_igraph_create(o);
        }
        assert_true(hashed.info.duplicates_merged > 0);
        same_as_igraph_create(&hashed);
        il_graph_destroy(&hashed);
        il_graph_destroy(&sorted);
        il_graph_destroy(&early);
    }
}

/* Vertices without ties and graphs without ties or vertices. */
static void test_builder_sorted_edges_cases(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    (void) state;
    random_graph(&g, 1, 0, IL_DUP_SUM, IL_LOOP_DROP, 50, 0, 1, IL_MERGE_EARLY);
    assert_int_equal(il_graph_vcount(&g), 50);
    assert_int_equal(il_graph_ecount(&g), 0);
    same_as_igraph_create(&g);
    il_graph_destroy(&g);
    random_graph(&g, 1, 1, IL_DUP_SUM, IL_LOOP_KEEP, 1, 5, 1, IL_MERGE_EARLY);
    assert_int_equal(il_graph_ecount(&g), 1);       /* one loop, merged five times */
    assert_int_equal(g.info.duplicates_merged, 4);
    assert_int_equal(g.info.self_loops_kept, 1);
    same_as_igraph_create(&g);
    il_graph_destroy(&g);
}

/* Ties of several layers on one pair (a keyed builder, --layer) stay
 * apart, repeats within a layer merge, and the multigraph is field for
 * field what igraph_create() makes, directed and not. */
static void test_builder_keyed_layers(void **state)
{
    static const char data[] =
        "source,target,type,weight\n"
        "a,b,rd,1\nb,a,supply,2\na,b,rd,4\nc,a,rd,1\na,c,supply,1\nb,a,rd,8\n"
        "c,b,rd,1\nb,c,supply,1\nc,b,supply,2\n";
    int directed;
    (void) state;
    for (directed = 0; directed <= 1; directed++) {
        char path[64];
        FILE *fp;
        il_load_options_t o = IL_LOAD_OPTIONS_INIT;
        il_graph_t g = IL_GRAPH_INIT;
        snprintf(path, sizeof path, "/tmp/il-unit-keyed-%d.csv", (int) getpid());
        fp = fopen(path, "wb");
        assert_non_null(fp);
        fwrite(data, 1, sizeof data - 1, fp);
        fclose(fp);
        o.edges_path = path;
        o.layer_col = "type";
        o.directed = directed;
        assert_int_equal(il_load_graph(&o, &g), 0);
        unlink(path);
        /* undirected: a-b rd (1+4+8), a-b supply, a-c rd, a-c supply,
         * b-c rd, b-c supply (1+2); directed splits a->b rd from b->a rd
         * and b->c supply from c->b supply */
        assert_int_equal(il_graph_ecount(&g), directed ? 8 : 6);
        assert_near(igraph_vector_sum(&g.weight), 21.0, 0);
        same_as_igraph_create_multi(&g, 1);
        il_graph_destroy(&g);
    }
}

/* il_load_options_init() gives the defaults of IL_LOAD_OPTIONS_INIT. */
static void test_load_options_defaults(void **state)
{
    il_load_options_t a = IL_LOAD_OPTIONS_INIT, b;
    (void) state;
    memset(&b, 0xA5, sizeof b);
    il_load_options_init(&b);
    assert_null(b.edges_path);
    assert_null(b.nodes_path);
    assert_null(b.source_col);
    assert_null(b.target_col);
    assert_null(b.weight_col);
    assert_null(b.node_id_col);
    assert_int_equal(b.delimiter, 0);
    assert_false(b.directed);
    assert_int_equal(b.duplicates, IL_DUP_SUM);
    assert_int_equal(b.self_loops, IL_LOOP_DROP);
    assert_null(b.where);
    assert_int_equal(b.nwhere, 0);
    assert_null(b.ego);
    assert_int_equal(b.radius, 1);
    assert_int_equal(b.max_field, 1u << 20);
    assert_int_equal(b.affiliation, 0);
    assert_null(b.actor_col);
    assert_null(b.event_col);
    assert_int_equal(b.projection, IL_PROJ_COUNT);
    assert_int_equal(a.duplicates, b.duplicates);
    assert_int_equal(a.self_loops, b.self_loops);
    assert_int_equal(a.radius, b.radius);
    assert_int_equal(a.max_field, b.max_field);
    assert_int_equal(a.projection, b.projection);
    assert_null(a.edges_path);
    assert_null(a.where);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_columns_by_name, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_aliases_and_overrides, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_delimiters_bom_crlf, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_quoting, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_hangul_byte_exact, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_duplicates, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_self_loops, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_bad_weights, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_node_table, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_malformed_files, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_where, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_ego, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_strtab, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_strtab_lengths, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_builder_life_cycle, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_builder_sorted_merge, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_builder_sorted_edges_cases, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_builder_keyed_layers, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_load_options_defaults, tu_setup, tu_teardown),
    };
    return cmocka_run_group_tests_name("csv_reader", tests, NULL, NULL);
}
