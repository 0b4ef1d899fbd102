/*
 * Graph files (GraphML, GEXF, JSON), graph-file input, and the numbers
 * behind the pictures (coupling plane, group graph, layouts).
 */
#include "test_util.h"

#include <cjson/cJSON.h>

/* Write \p x with \p fn to a temporary file and return its text (malloc'ed). */
static char *write_to_string(igraph_error_t (*fn)(il_export_t *, FILE *), il_export_t *x,
                             igraph_error_t *rc, const char *ext)
{
    char path[64];
    FILE *fp;
    long len;
    char *buf;
    snprintf(path, sizeof path, "/tmp/il-unit-export-%d.%s", (int) getpid(), ext);
    fp = fopen(path, "w+b");
    assert_non_null(fp);
    *rc = fn(x, fp);
    fflush(fp);
    len = ftell(fp);
    rewind(fp);
    buf = malloc((size_t) len + 1);
    assert_non_null(buf);
    assert_int_equal(fread(buf, 1, (size_t) len, fp), (size_t) len);
    buf[len] = '\0';
    fclose(fp);
    unlink(path);
    return buf;
}

static size_t count(const char *hay, const char *needle)
{
    size_t n = 0;
    const char *p = hay;
    while ((p = strstr(p, needle)) != NULL) {
        n++;
        p += strlen(needle);
    }
    return n;
}

static const char *const EDGES =
    "source,target,weight,type,year\n"
    "\"a<&>\"\"'b\",k1,2.5,joint,2019\n"
    "k1,k2,1,supply,2020\n";
static const char *const NODES =
    "id,label,sector,lat,code\n"
    "\"a<&>\"\"'b\",\"A & \"\"B\"\" <co>\",industry,36.5,007\n"
    "k1,한국전자통신연구원,research,36.38,12\n"
    "k2,,university,,3\n"
    "iso,고립,industry,37.1,4\n";

/* GraphML 1.0: namespace, keys with for= and types, escaping, Hangul,
 * the isolate, NaN measures left out, no collision between node and
 * edge attributes of the same name. */
static void test_graphml_spec(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    il_columns_t cols;
    igraph_vector_t m;
    il_export_t x;
    memset(&x, 0, sizeof x);
    igraph_error_t rc;
    char *s;
    (void) state;
    assert_int_equal(tu_load(&g, EDGES, NODES, NULL), 0);
    il_columns_init(&cols, il_graph_vcount(&g));
    assert_int_equal(igraph_vector_init(&m, 4), 0);
    VECTOR(m)[0] = 0.5;
    VECTOR(m)[1] = IGRAPH_NAN;      /* a NaN measure: left out */
    VECTOR(m)[2] = IGRAPH_INFINITY; /* and an infinite one */
    VECTOR(m)[3] = 2;
    assert_int_equal(il_columns_add_number(&cols, "type", &m), 0);  /* same name as an edge column */
    x.g = &g;
    x.extra = &cols;
    s = write_to_string(il_write_graphml, &x, &rc, "graphml");
    assert_int_equal(rc, 0);
    assert_non_null(strstr(s, "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\""));
    assert_non_null(strstr(s, "edgedefault=\"undirected\""));
    /* every key has for= and a type; ids are unique by element prefix */
    assert_int_equal(count(s, "<key "), count(s, " for=\""));
    assert_int_equal(count(s, "<key "), count(s, " attr.type=\""));
    assert_non_null(strstr(s, "<key id=\"v0\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>"));
    assert_non_null(strstr(s, "<key id=\"v1\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>"));
    assert_non_null(strstr(s, "attr.name=\"lat\" attr.type=\"double\""));
    assert_non_null(strstr(s, "attr.name=\"code\" attr.type=\"string\""));  /* 007 keeps its zeros */
    assert_non_null(strstr(s, "for=\"node\" attr.name=\"type\" attr.type=\"double\""));
    assert_non_null(strstr(s, "for=\"edge\" attr.name=\"type\" attr.type=\"string\""));
    assert_non_null(strstr(s, "for=\"edge\" attr.name=\"year\" attr.type=\"long\""));
    assert_non_null(strstr(s, "for=\"edge\" attr.name=\"weight\" attr.type=\"double\""));
    /* 2026-12-20 (issue 15): an id that is not an NMTOKEN is written
     * escaped (_xHHHH_), as the schema requires; `name` keeps the original,
     * escaped as XML content; labels are escaped as content */
    assert_non_null(strstr(s, "<node id=\"a_x003C__x0026__x003E__x0022__x0027_b\">"));
    assert_non_null(strstr(s, "<data key=\"v1\">a&lt;&amp;&gt;\"'b</data>"));
    assert_non_null(strstr(s, ">A &amp; \"B\" &lt;co&gt;</data>"));
    assert_non_null(strstr(s, "<edge source=\"a_x003C__x0026__x003E__x0022__x0027_b\" "
                           "target=\"k1\">"));
    assert_non_null(strstr(s, ">한국전자통신연구원</data>"));
    /* the isolate is a node; k2 without label carries its id as label */
    assert_non_null(strstr(s, "<node id=\"iso\">"));
    assert_non_null(strstr(s, "<node id=\"k2\"><data key=\"v0\">k2</data>"));
    /* 4 nodes have the measure key v5 (label, name, sector, lat, code, type):
     * only the two finite values are written */
    assert_int_equal(count(s, "<data key=\"v5\">"), 2);
    assert_null(strstr(s, "nan"));
    assert_null(strstr(s, "inf"));
    assert_null(strstr(s, "NaN"));
    free(s);
    igraph_vector_destroy(&m);
    il_columns_destroy(&cols);
    il_graph_destroy(&g);
}

static void test_graphml_directed_and_round_trip(void **state)
{
    il_graph_t g = IL_GRAPH_INIT, back = IL_GRAPH_INIT;
    il_load_options_t opts = IL_LOAD_OPTIONS_INIT;
    il_export_t x;
    memset(&x, 0, sizeof x);
    igraph_error_t rc;
    igraph_integer_t v, e, u;
    char *s, path[64];
    FILE *fp;
    size_t c;
    (void) state;
    opts.directed = 1;
    assert_int_equal(tu_load(&g, EDGES, NODES, &opts), 0);
    x.g = &g;
    s = write_to_string(il_write_graphml, &x, &rc, "graphml");
    assert_int_equal(rc, 0);
    assert_non_null(strstr(s, "edgedefault=\"directed\""));

    /* read it back through igraph's GraphML reader */
    snprintf(path, sizeof path, "/tmp/il-unit-rt-%d.graphml", (int) getpid());
    fp = fopen(path, "wb");
    assert_non_null(fp);
    fputs(s, fp);
    fclose(fp);
    free(s);
    {
        il_load_options_t in = IL_LOAD_OPTIONS_INIT;
        in.edges_path = path;
        assert_int_equal(il_load_graph(&in, &back), 0);
    }
    unlink(path);
    assert_true(back.directed);
    assert_int_equal(il_graph_vcount(&back), il_graph_vcount(&g));
    assert_int_equal(il_graph_ecount(&back), il_graph_ecount(&g));
    for (v = 0; v < il_graph_vcount(&g); v++) {
        assert_string_equal(il_graph_vertex_id(&back, v), il_graph_vertex_id(&g, v));
        assert_string_equal(il_graph_vertex_label(&back, v), il_graph_vertex_label(&g, v));
    }
    /* same node attributes with the same values (the `name` copy is dropped) */
    assert_int_equal(back.vattr.ncol, g.vattr.ncol);
    for (c = 0; c < g.vattr.ncol; c++) {
        long bc = il_graph_vattr_find(&back, g.vattr.col[c].name);
        assert_true(bc >= 0);
        for (v = 0; v < il_graph_vcount(&g); v++) {
            assert_string_equal(il_graph_vattr_get(&back, (size_t) bc, v),
                                il_graph_vattr_get(&g, c, v));
        }
    }
    for (e = 0; e < il_graph_ecount(&g); e++) {
        igraph_integer_t a = IGRAPH_FROM(&g.graph, e), b = IGRAPH_TO(&g.graph, e);
        assert_int_equal(igraph_get_eid(&back.graph, &u, a, b, /* directed = */ 1,
                                        /* error = */ 1), 0);
        assert_near(VECTOR(back.weight)[u], VECTOR(g.weight)[e], 0);
        for (c = 0; c < g.eattr.ncol; c++) {
            long bc = il_graph_eattr_find(&back, g.eattr.col[c].name);
            assert_true(bc >= 0);
            assert_string_equal(il_graph_eattr_get(&back, (size_t) bc, u),
                                il_graph_eattr_get(&g, c, e));
        }
    }
    il_graph_destroy(&back);
    il_graph_destroy(&g);
}

/* Characters XML 1.0 cannot hold: replaced (and counted) in values,
 * refused in node ids. */
static void test_xml_forbidden_characters(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    il_export_t x;
    memset(&x, 0, sizeof x);
    igraph_error_t rc;
    char *s;
    (void) state;
    assert_int_equal(tu_load(&g, "source,target\na,b\n",
                             "id,label\na,bell\x07here\nb,\xEF\xBF\xBEx\n", NULL), 0);
    x.g = &g;
    s = write_to_string(il_write_graphml, &x, &rc, "graphml");
    assert_int_equal(rc, 0);
    assert_non_null(strstr(s, "bell\xEF\xBF\xBDhere"));
    assert_null(strstr(s, "\x07"));
    assert_null(strstr(s, "\xEF\xBF\xBE"));
    assert_int_equal(x.replaced, 2);    /* two labels; `name` carries the (clean) id */
    free(s);
    il_graph_destroy(&g);

    assert_int_equal(tu_load(&g, "source,target\nok,\"bad\x01id\"\n", NULL, NULL), 0);
    x.g = &g;
    s = write_to_string(il_write_graphml, &x, &rc, "graphml");
    assert_int_equal(rc, IGRAPH_EINVAL);
    assert_non_null(strstr(il_last_error(), "Node id 'bad?id' (node 2)"));
    il_clear_error();
    free(s);
    s = write_to_string(il_write_gexf, &x, &rc, "gexf");
    assert_int_equal(rc, IGRAPH_EINVAL);
    il_clear_error();
    free(s);
    il_graph_destroy(&g);
}

static void test_gexf_and_json(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    il_export_t x;
    memset(&x, 0, sizeof x);
    igraph_matrix_t xy;
    il_layout_kind_t used;
    igraph_error_t rc;
    cJSON *meta, *doc, *nodes, *links, *n0;
    char *s;
    (void) state;
    assert_int_equal(tu_load(&g, EDGES, NODES, NULL), 0);
    assert_int_equal(igraph_matrix_init(&xy, 0, 0), 0);
    assert_int_equal(il_layout(&g, IL_LAYOUT_AUTO, 42, &xy, &used), 0);
    assert_int_equal(used, IL_LAYOUT_FR);
    meta = cJSON_CreateObject();
    cJSON_AddStringToObject(meta, "generator", "test");
    x.g = &g;
    x.xy = &xy;
    x.meta = meta;
    x.gexf_version = 13;
    s = write_to_string(il_write_gexf, &x, &rc, "gexf");
    assert_int_equal(rc, 0);
    assert_non_null(strstr(s, "<gexf xmlns=\"http://gexf.net/1.3\""));
    assert_non_null(strstr(s, "version=\"1.3\""));
    assert_non_null(strstr(s, "defaultedgetype=\"undirected\""));
    assert_int_equal(count(s, "<viz:position "), 4);
    assert_int_equal(count(s, "<node "), 4);
    assert_non_null(strstr(s, "weight=\"2.5\""));
    assert_non_null(strstr(s, "<description>generator: test</description>"));
    free(s);

    /* 1.2draft by default, which networkx 2.8 reads */
    x.gexf_version = 0;
    s = write_to_string(il_write_gexf, &x, &rc, "gexf");
    assert_int_equal(rc, 0);
    assert_non_null(strstr(s, "<gexf xmlns=\"http://www.gexf.net/1.2draft\""));
    assert_non_null(strstr(s, "version=\"1.2\""));
    assert_non_null(strstr(s, "<node id=\"a&lt;&amp;&gt;&quot;&apos;b\""));  /* ids as they are */
    assert_null(strstr(s, "title=\"name\""));      /* GEXF ids need no copy */
    free(s);

    x.json_edges = "links";     /* networkx before 3.6 */
    s = write_to_string(il_write_graph_json, &x, &rc, "json");
    assert_int_equal(rc, 0);
    doc = cJSON_Parse(s);
    assert_non_null(doc);
    nodes = cJSON_GetObjectItemCaseSensitive(doc, "nodes");
    links = cJSON_GetObjectItemCaseSensitive(doc, "links");
    assert_int_equal(cJSON_GetArraySize(nodes), 4);
    assert_int_equal(cJSON_GetArraySize(links), 2);
    n0 = cJSON_GetArrayItem(nodes, 0);
    assert_string_equal(cJSON_GetObjectItemCaseSensitive(n0, "id")->valuestring, "a<&>\"'b");
    assert_near(cJSON_GetObjectItemCaseSensitive(n0, "lat")->valuedouble, 36.5, 0);
    assert_string_equal(cJSON_GetObjectItemCaseSensitive(n0, "code")->valuestring, "007");
    /* k2 has no lat: the key is left out */
    assert_null(cJSON_GetObjectItemCaseSensitive(cJSON_GetArrayItem(nodes, 2), "lat"));
    assert_near(cJSON_GetObjectItemCaseSensitive(cJSON_GetArrayItem(links, 0), "weight")->valuedouble,
                2.5, 0);
    assert_string_equal(cJSON_GetObjectItemCaseSensitive(
                            cJSON_GetObjectItemCaseSensitive(doc, "graph"), "generator")->valuestring,
                        "test");
    cJSON_Delete(doc);
    free(s);
    x.json_edges = NULL;        /* default: "edges", networkx 3.6 */
    s = write_to_string(il_write_graph_json, &x, &rc, "json");
    doc = cJSON_Parse(s);
    assert_non_null(doc);
    assert_null(cJSON_GetObjectItemCaseSensitive(doc, "links"));
    assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(doc, "edges")), 2);
    cJSON_Delete(doc);
    free(s);
    cJSON_Delete(meta);
    igraph_matrix_destroy(&xy);
    il_graph_destroy(&g);
}

/* GML and Pajek inputs through igraph's readers. */
static void test_read_gml_pajek(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    il_load_options_t o = IL_LOAD_OPTIONS_INIT;
    char path[64];
    FILE *fp;
    (void) state;
    snprintf(path, sizeof path, "/tmp/il-unit-%d.gml", (int) getpid());
    fp = fopen(path, "wb");
    fputs("graph [\n directed 1\n node [ id 7 label \"seven\" ]\n node [ id 9 label \"nine\" ]\n"
          " edge [ source 7 target 9 weight 3 ]\n edge [ source 9 target 7 weight 0.5 ]\n]\n", fp);
    fclose(fp);
    o.edges_path = path;
    assert_int_equal(il_load_graph(&o, &g), 0);
    unlink(path);
    assert_true(g.directed);
    assert_int_equal(il_graph_vcount(&g), 2);
    assert_int_equal(il_graph_ecount(&g), 2);
    assert_string_equal(il_graph_vertex_id(&g, 0), "7");
    assert_string_equal(il_graph_vertex_label(&g, 1), "nine");
    assert_near(VECTOR(g.weight)[0], 3, 0);
    assert_near(VECTOR(g.weight)[1], 0.5, 0);
    il_graph_destroy(&g);

    snprintf(path, sizeof path, "/tmp/il-unit-%d.net", (int) getpid());
    fp = fopen(path, "wb");
    fputs("*Vertices 3\n1 \"KAIST\"\n2 \"ETRI\"\n3 \"Alone\"\n*Edges\n1 2 4\n", fp);
    fclose(fp);
    o.edges_path = path;
    assert_int_equal(il_load_graph(&o, &g), 0);
    assert_false(g.directed);
    assert_int_equal(il_graph_vcount(&g), 3);
    assert_string_equal(il_graph_vertex_id(&g, 0), "KAIST");
    assert_near(VECTOR(g.weight)[0], 4, 0);
    il_graph_destroy(&g);

    /* --nodes does not apply to a graph file */
    o.nodes_path = "nodes.csv";
    assert_int_equal(il_load_graph(&o, &g), IGRAPH_EINVAL);
    assert_non_null(strstr(il_last_error(), "apply to CSV tables"));
    il_clear_error();
    unlink(path);
}

/*
 * 2026-12-03: il_read_graph_file() switches igraph's process-wide attribute
 * table to the C handler while igraph's reader runs. Whatever the caller
 * had installed (none, or the C handler) must be back after every outcome:
 * unreadable file, bad GraphML, bad GML, data the loader refuses, success.
 */
static void test_read_restores_attribute_table(void **state)
{
    static const struct {
        const char *ext, *text;
        igraph_error_t rc;
    } cases[] = {
        { "graphml", "<?xml version=\"1.0\"?>\n<graphml><graph edgedefault=\"undirected\">"
          "<node id=\"a\"></graph>\n", IGRAPH_PARSEERROR },           /* ill-formed XML */
        { "gml", "graph [\n node [ id 1 ]\n node [ id 2\n", IGRAPH_PARSEERROR }, /* cut short */
        { "gml", "graph [\n node [ id 1 ]\n node [ id 2 ]\n edge [ source 1 target 2 "
          "weight -1 ]\n]\n", IGRAPH_PARSEERROR },                   /* refused weight */
        { "gml", "graph [\n node [ id 1 ]\n node [ id 2 ]\n edge [ source 1 target 2 ]\n]\n",
          IGRAPH_SUCCESS },
        { "graphml", NULL, IGRAPH_EFILE },                             /* no such file */
    };
    const igraph_attribute_table_t *before[] = { NULL, &igraph_cattribute_table };
    const igraph_attribute_table_t *saved = igraph_set_attribute_table(NULL);
    size_t t, i;
    (void) state;
    for (t = 0; t < sizeof before / sizeof before[0]; t++) {
        for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
            il_graph_t g = IL_GRAPH_INIT;
            il_load_options_t o = IL_LOAD_OPTIONS_INIT;
            char path[64];
            FILE *fp;
            snprintf(path, sizeof path, "/tmp/il-unit-at-%d.%s", (int) getpid(), cases[i].ext);
            if (cases[i].text) {
                fp = fopen(path, "wb");
                assert_non_null(fp);
                fputs(cases[i].text, fp);
                fclose(fp);
            }
            o.edges_path = path;
            igraph_set_attribute_table(before[t]);
            assert_int_equal(il_load_graph(&o, &g), cases[i].rc);
            assert_ptr_equal(igraph_set_attribute_table(NULL), before[t]);
            assert_true(IGRAPH_FINALLY_STACK_EMPTY);
            il_graph_destroy(&g);
            il_clear_error();
            unlink(path);
        }
    }
    igraph_set_attribute_table(saved);
}

/*
 * Coupling plane by hand. Groups A = {a, b, c}, B = {d, e}, C = {f}.
 * Ties: a-b 2, b-c 1, a-c 1 (inside A: 4), d-e 3 (inside B: 3),
 * c-d 2 (A-B), f has none.
 *   A: density 4 / (3*2/2) = 4/3;   share 2 / (4 + 2) = 1/3
 *   B: density 3 / (2*1/2) = 3;     share 2 / (3 + 2) = 0.4
 *   C: one node: density NaN; no ties: share NaN
 * Directed (same ties, a->b ...): A density 4 / (3*2) = 2/3, share unchanged.
 */
static void test_coupling_plane_by_hand(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    il_partition_t p;
    il_plane_t pl;
    il_load_options_t o = IL_LOAD_OPTIONS_INIT;
    const char *edges = "source,target,weight\na,b,2\nb,c,1\na,c,1\nd,e,3\nc,d,2\n";
    const char *nodes = "id,g\na,A\nb,A\nc,A\nd,B\ne,B\nf,C\n";
    (void) state;
    assert_int_equal(tu_load(&g, edges, nodes, NULL), 0);
    assert_int_equal(il_partition_from_attr(&g, "g", IL_EMPTY_ERROR, &p), 0);
    assert_int_equal(il_coupling_plane(&g, &p, &pl), 0);
    assert_near(VECTOR(pl.internal_density)[0], 4.0 / 3.0, 1e-12);
    assert_near(VECTOR(pl.external_share)[0], 1.0 / 3.0, 1e-12);
    assert_near(VECTOR(pl.internal_density)[1], 3.0, 1e-12);
    assert_near(VECTOR(pl.external_share)[1], 0.4, 1e-12);
    assert_true(isnan(VECTOR(pl.internal_density)[2]));
    assert_true(isnan(VECTOR(pl.external_share)[2]));
    assert_near(VECTOR(pl.internal_weight)[0], 4, 0);
    assert_near(VECTOR(pl.external_weight)[1], 2, 0);
    il_plane_destroy(&pl);

    /* the group graph: A-B with strength 2, C alone */
    {
        il_graph_t gg = IL_GRAPH_INIT;
        assert_int_equal(il_group_graph(&g, &p, &gg), 0);
        assert_int_equal(il_graph_vcount(&gg), 3);
        assert_int_equal(il_graph_ecount(&gg), 1);
        assert_near(VECTOR(gg.weight)[0], 2, 0);
        assert_string_equal(il_graph_vattr_get(&gg, 0, 0), "3");
        il_graph_destroy(&gg);
    }
    il_partition_destroy(&p);
    il_graph_destroy(&g);

    o.directed = 1;
    assert_int_equal(tu_load(&g, edges, nodes, &o), 0);
    assert_int_equal(il_partition_from_attr(&g, "g", IL_EMPTY_ERROR, &p), 0);
    assert_int_equal(il_coupling_plane(&g, &p, &pl), 0);
    assert_near(VECTOR(pl.internal_density)[0], 2.0 / 3.0, 1e-12);
    assert_near(VECTOR(pl.external_share)[0], 1.0 / 3.0, 1e-12);
    il_plane_destroy(&pl);
    il_partition_destroy(&p);
    il_graph_destroy(&g);
}

/* Layouts: the same seed gives the same positions; geo reads lat/lon. */
static void test_layouts(void **state)
{
    il_graph_t g = IL_GRAPH_INIT;
    igraph_matrix_t a, b;
    il_layout_kind_t used;
    (void) state;
    assert_int_equal(tu_load(&g, "source,target\na,b\nb,c\nc,a\nc,d\n",
                             "id,lat,lon\na,36,127\nb,37.5,127.1\nc,,\nd,35,128\n", NULL), 0);
    assert_int_equal(igraph_matrix_init(&a, 0, 0), 0);
    assert_int_equal(igraph_matrix_init(&b, 0, 0), 0);
    assert_int_equal(il_layout(&g, IL_LAYOUT_FR, 7, &a, &used), 0);
    assert_int_equal(il_layout(&g, IL_LAYOUT_FR, 7, &b, &used), 0);
    assert_true(igraph_matrix_all_e(&a, &b));
    assert_int_equal(il_layout(&g, IL_LAYOUT_DRL, 7, &a, &used), 0);
    assert_int_equal(used, IL_LAYOUT_DRL);
    assert_int_equal(il_layout(&g, IL_LAYOUT_GEO, 7, &a, &used), 0);
    /* mean latitude of the three placed nodes is 36.1666..; x = lon cos(lat0) */
    assert_near(MATRIX(a, 0, 1), 36, 0);
    assert_near(MATRIX(a, 0, 0), 127 * cos((36 + 37.5 + 35) / 3 * M_PI / 180), 1e-9);
    assert_true(isnan(MATRIX(a, 2, 0)));
    igraph_matrix_destroy(&b);
    igraph_matrix_destroy(&a);
    il_graph_destroy(&g);

    assert_int_equal(tu_load(&g, "source,target\na,b\n", NULL, NULL), 0);
    assert_int_equal(igraph_matrix_init(&a, 0, 0), 0);
    assert_int_equal(il_layout(&g, IL_LAYOUT_GEO, 7, &a, &used), IGRAPH_EINVAL);
    assert_non_null(strstr(il_last_error(), "`lat` and `lon`"));
    il_clear_error();
    igraph_matrix_destroy(&a);
    il_graph_destroy(&g);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_graphml_spec, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_graphml_directed_and_round_trip, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_xml_forbidden_characters, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_gexf_and_json, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_read_gml_pajek, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_read_restores_attribute_table, tu_setup,
                                        tu_teardown),
        cmocka_unit_test_setup_teardown(test_coupling_plane_by_hand, tu_setup, tu_teardown),
        cmocka_unit_test_setup_teardown(test_layouts, tu_setup, tu_teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
