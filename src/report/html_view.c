/*
 * The interactive view of the network in the HTML report: a canvas drawn
 * by a small script of our own (no library, nothing fetched), fed by the
 * node positions, every node column and the ties as JSON in the page.
 * Pan (drag), zoom (wheel, buttons), hover for a node's values, search by
 * id or label, colour by any group column, filter by group or tie type.
 */
#include "report/html.h"
#include "io/io.h"

#include <cjson/cJSON.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* The script. It reads #view-data, draws on #view-canvas, and records what
 * it drew in data- attributes (data-drawn: nodes drawn, data-found: nodes
 * the search matched) so that a browser test can see them. */
static const char *const view_js[] = {
    "(function () {\n",
    "var box = document.getElementById('view');\n",
    "if (!box) { return; }\n",
    "var D = JSON.parse(document.getElementById('view-data').textContent);\n",
    "var cv = document.getElementById('view-canvas'), ctx = cv.getContext('2d');\n",
    "var tip = document.getElementById('view-tip'), found = document.getElementById('view-found');\n",
    "var pal = ['#332288','#88CCEE','#44AA99','#117733','#999933','#DDCC77','#CC6677','#882255','#AA4499'];\n",
    "var N = D.nodes.length, S = { k: 1, x: 0, y: 0 }, hit = null, match = {}, color = {};\n",
    "var colorBy = document.getElementById('view-color'), groupBy = document.getElementById('view-group');\n",
    "var tieBy = document.getElementById('view-tie'), search = document.getElementById('view-search');\n",
    "var minx = Infinity, maxx = -Infinity, miny = Infinity, maxy = -Infinity, maxs = 0;\n",
    "D.nodes.forEach(function (n) { minx = Math.min(minx, n.x); maxx = Math.max(maxx, n.x);\n",
    "  miny = Math.min(miny, n.y); maxy = Math.max(maxy, n.y); maxs = Math.max(maxs, n.s || 0); });\n",
    "function size() { var w = box.clientWidth, h = Math.round(Math.min(620, Math.max(320, w * 0.62)));\n",
    "  var r = window.devicePixelRatio || 1; cv.width = w * r; cv.height = h * r;\n",
    "  cv.style.width = w + 'px'; cv.style.height = h + 'px'; ctx.setTransform(r, 0, 0, r, 0, 0);\n",
    "  return [w, h]; }\n",
    "function base(w, h) { var sx = (w - 40) / Math.max(maxx - minx, 1e-9), sy = (h - 40) / Math.max(maxy - miny, 1e-9);\n",
    "  var s = Math.min(sx, sy); return { s: s, ox: (w - s * (maxx - minx)) / 2, oy: (h - s * (maxy - miny)) / 2 }; }\n",
    "function pos(n, b) { return [S.x + S.k * (b.ox + b.s * (n.x - minx)),\n",
    "  S.y + S.k * (b.oy + b.s * (maxy - n.y))]; }\n",
    "function rad(n) { return maxs > 0 && n.s > 0 ? 2.5 + 9 * Math.sqrt(n.s / maxs) : 2.5; }\n",
    "function recolor() { var c = colorBy.value, vals = {}, i = 0; color = {};\n",
    "  D.nodes.forEach(function (n) { var v = c ? n.v[c] : ''; if (!(v in vals)) { vals[v] = i++; } });\n",
    "  Object.keys(vals).forEach(function (v) { color[v] = vals[v] < pal.length ? pal[vals[v]] : '#BBBBBB'; });\n",
    "  var opts = ['<option value=\"\">all</option>'];\n",
    "  Object.keys(vals).sort().forEach(function (v) { var o = document.createElement('option');\n",
    "    o.value = v; o.textContent = v === '' ? '(none)' : v; opts.push(o.outerHTML); });\n",
    "  groupBy.innerHTML = opts.join(''); }\n",
    "function shown(n) { var g = groupBy.value; return !g || (colorBy.value && n.v[colorBy.value] === g); }\n",
    "function draw() { var wh = size(), b = base(wh[0], wh[1]), t = tieBy ? tieBy.value : '', drawn = 0;\n",
    "  ctx.clearRect(0, 0, wh[0], wh[1]); ctx.lineWidth = 0.7; ctx.strokeStyle = 'rgba(120,120,120,0.45)';\n",
    "  ctx.beginPath();\n",
    "  D.edges.forEach(function (e) { var a = D.nodes[e[0]], c = D.nodes[e[1]];\n",
    "    if (t && D.tieTypes[e[3]] !== t) { return; } if (!shown(a) || !shown(c)) { return; }\n",
    "    var p = pos(a, b), q = pos(c, b); ctx.moveTo(p[0], p[1]); ctx.lineTo(q[0], q[1]); });\n",
    "  ctx.stroke();\n",
    "  D.nodes.forEach(function (n, i) { if (!shown(n)) { return; } var p = pos(n, b), r = rad(n) * Math.sqrt(S.k);\n",
    "    ctx.beginPath(); ctx.arc(p[0], p[1], r, 0, 2 * Math.PI);\n",
    "    ctx.fillStyle = color[colorBy.value ? n.v[colorBy.value] : ''] || pal[0]; ctx.fill();\n",
    "    if (match[i]) { ctx.lineWidth = 3; ctx.strokeStyle = '#D55E00'; ctx.stroke(); }\n",
    "    drawn++; });\n",
    "  cv.setAttribute('data-drawn', drawn); }\n",
    "function nearest(mx, my) { var wh = [cv.clientWidth, cv.clientHeight], b = base(wh[0], wh[1]), best = null, bd = 1e9;\n",
    "  D.nodes.forEach(function (n, i) { if (!shown(n)) { return; } var p = pos(n, b), dx = p[0] - mx, dy = p[1] - my,\n",
    "    d = Math.sqrt(dx * dx + dy * dy); if (d < bd && d <= rad(n) * Math.sqrt(S.k) + 4) { bd = d; best = i; } });\n",
    "  return best; }\n",
    "function show(i, mx, my) { if (i === null) { tip.hidden = true; return; } var n = D.nodes[i], rows = [];\n",
    "  rows.push(n.label === n.id ? n.id : n.label + ' (' + n.id + ')');\n",
    "  D.columns.forEach(function (c) { if (n.v[c] !== undefined && n.v[c] !== '') { rows.push(c + ': ' + n.v[c]); } });\n",
    "  tip.textContent = rows.join('\\n'); tip.hidden = false;\n",
    "  tip.style.left = Math.min(mx + 14, box.clientWidth - 260) + 'px'; tip.style.top = (my + 14) + 'px'; }\n",
    "var drag = null;\n",
    "cv.addEventListener('mousedown', function (ev) { drag = [ev.offsetX - S.x, ev.offsetY - S.y]; });\n",
    "window.addEventListener('mouseup', function () { drag = null; });\n",
    "cv.addEventListener('mousemove', function (ev) { if (drag) { S.x = ev.offsetX - drag[0];\n",
    "  S.y = ev.offsetY - drag[1]; draw(); return; } show(nearest(ev.offsetX, ev.offsetY), ev.offsetX, ev.offsetY); });\n",
    "cv.addEventListener('mouseleave', function () { tip.hidden = true; });\n",
    "function zoom(f, mx, my) { S.x = mx - (mx - S.x) * f; S.y = my - (my - S.y) * f; S.k *= f; draw(); }\n",
    "cv.addEventListener('wheel', function (ev) { ev.preventDefault();\n",
    "  zoom(ev.deltaY < 0 ? 1.2 : 1 / 1.2, ev.offsetX, ev.offsetY); }, { passive: false });\n",
    "document.getElementById('view-in').addEventListener('click', function () { zoom(1.3, cv.clientWidth / 2, cv.clientHeight / 2); });\n",
    "document.getElementById('view-out').addEventListener('click', function () { zoom(1 / 1.3, cv.clientWidth / 2, cv.clientHeight / 2); });\n",
    "document.getElementById('view-reset').addEventListener('click', function () { S = { k: 1, x: 0, y: 0 }; draw(); });\n",
    "search.addEventListener('input', function () { var q = search.value.trim().toLowerCase(), k = 0; match = {};\n",
    "  if (q) { D.nodes.forEach(function (n, i) { if (n.id.toLowerCase().indexOf(q) >= 0 ||\n",
    "    n.label.toLowerCase().indexOf(q) >= 0) { match[i] = 1; k++; } }); }\n",
    "  found.textContent = q ? k + ' found' : ''; box.setAttribute('data-found', k); draw(); });\n",
    "colorBy.addEventListener('change', function () { recolor(); draw(); });\n",
    "groupBy.addEventListener('change', draw);\n",
    "if (tieBy) { tieBy.addEventListener('change', draw); }\n",
    "window.addEventListener('resize', draw);\n",
    "recolor(); draw();\n",
    "})();\n",
    NULL
};

/* A <select> of \p cols (NULL-terminated), the first one chosen. */
static void select_of(FILE *out, const char *id, const char *label, const cJSON *names,
                      const char *first)
{
    const cJSON *c;
    fprintf(out, "<label>%s <select id=\"%s\">", label, id);
    if (!first) {
        fputs("<option value=\"\">none</option>", out);
    }
    cJSON_ArrayForEach(c, names) {
        fputs("<option value=\"", out);
        il_xml_write(out, c->valuestring, 1, NULL);
        fprintf(out, "\"%s>", first && strcmp(first, c->valuestring) == 0 ? " selected" : "");
        il_xml_write(out, c->valuestring, 0, NULL);
        fputs("</option>", out);
    }
    fputs("</select></label>\n", out);
}

/* JSON text safe inside <script>: "</" written as "<\/". */
static void write_script_json(FILE *out, const char *s)
{
    for (; *s; s++) {
        if (s[0] == '<' && s[1] == '/') {
            fputs("<\\", out);
            continue;
        }
        fputc(*s, out);
    }
}

/**
 * \function il_html_view
 * \brief The interactive network view: controls, canvas, data and script.
 *
 * \p data is a JSON object {"nodes": [{"id", "label", "x", "y", "s" (size
 * value), "v": {column: value}}], "edges": [[source index, target index,
 * weight, tie type index]], "columns": [names shown on hover], "groups":
 * [columns offered for colour and filter], "tieTypes": [values],
 * "tieColumn": name or null}; \p color_by is the group column chosen first
 * (may be NULL). The page's Content-Security-Policy allows this inline
 * script and nothing from the network. Time complexity: O(size of data).
 */
void il_html_view(FILE *out, const struct cJSON *data, const char *color_by, const char *caption)
{
    char *text = cJSON_PrintUnformatted(data);
    const cJSON *groups = cJSON_GetObjectItemCaseSensitive(data, "groups");
    const cJSON *types = cJSON_GetObjectItemCaseSensitive(data, "tieTypes");
    const cJSON *tcol = cJSON_GetObjectItemCaseSensitive(data, "tieColumn");
    size_t k;
    fputs("<div class=\"view\" id=\"view\">\n<div class=\"view-controls\">\n"
          "<label>Search <input type=\"search\" id=\"view-search\" placeholder=\"id or name\">"
          "</label> <span id=\"view-found\"></span>\n", out);
    select_of(out, "view-color", "Colour by", groups, color_by);
    fputs("<label>Show group <select id=\"view-group\"></select></label>\n", out);
    if (cJSON_IsString(tcol) && cJSON_GetArraySize(types) > 1) {
        const cJSON *t;
        fputs("<label>Ties: ", out);
        il_xml_write(out, tcol->valuestring, 0, NULL);
        fputs(" <select id=\"view-tie\"><option value=\"\">all</option>", out);
        cJSON_ArrayForEach(t, types) {
            fputs("<option value=\"", out);
            il_xml_write(out, t->valuestring, 1, NULL);
            fputs("\">", out);
            il_xml_write(out, t->valuestring, 0, NULL);
            fputs("</option>", out);
        }
        fputs("</select></label>\n", out);
    }
    fputs("<button type=\"button\" id=\"view-in\">+</button><button type=\"button\" "
          "id=\"view-out\">&#8722;</button><button type=\"button\" id=\"view-reset\">reset"
          "</button>\n</div>\n<canvas id=\"view-canvas\" aria-label=\"interactive network "
          "view\"></canvas>\n<div id=\"view-tip\" class=\"view-tip\" hidden></div>\n", out);
    if (caption) {
        il_html_text(out, "view-note", caption);
    }
    fputs("<script type=\"application/json\" id=\"view-data\">", out);
    write_script_json(out, text ? text : "{\"nodes\":[],\"edges\":[]}");
    fputs("</script>\n<script>\n", out);
    for (k = 0; view_js[k]; k++) {
        fputs(view_js[k], out);
    }
    fputs("</script>\n</div>\n", out);
    cJSON_free(text);
}

/* A node column's value as the view shows it (formatting is the report
 * layer's: 4 significant digits, counts whole, flags yes/no). */
static const char *view_value(const il_column_t *c, igraph_integer_t v, char *buf, size_t size)
{
    double x;
    if (!c->numeric) {
        return c->str[v];
    }
    x = c->num[v];
    if (!isfinite(x)) {
        return "";
    }
    if (c->kind == IL_COLUMN_BOOLEAN) {
        return x != 0 ? "yes" : "no";
    }
    snprintf(buf, size, c->kind == IL_COLUMN_INTEGER ? "%.0f" : "%.4g", x);
    return buf;
}

/* 1 when the text column \p col of \p g has between 2 and 40 distinct
 * non-empty values: a grouping the view offers for colour and filter. */
static int is_grouping(const il_attr_col_t *col, igraph_integer_t n)
{
    igraph_integer_t k = il_strtab_size(&col->values) - 1;     /* less "" */
    return n > 0 && k >= 2 && k <= 40;
}

/**
 * \function il_html_view_data
 * \brief The view's data: nodes with positions and every column, ties.
 *
 * Node columns of \p g and the computed \p cols (may be NULL) are shown on
 * hover; text columns with 2 to 40 values and integer computed columns
 * named `community` are offered as groups; the edge column `type` (else
 * the first edge column with 2 to 40 values) gives the tie types.
 * \p size names the computed column that sizes the nodes (may be NULL).
 * \return NULL when out of memory; else a new object (cJSON_Delete it).
 * Time complexity: O((n + m) * columns).
 */
struct cJSON *il_html_view_data(const il_graph_t *g, const igraph_matrix_t *xy,
                                const il_columns_t *cols, const char *size)
{
    igraph_integer_t n = il_graph_vcount(g), m = il_graph_ecount(g), v, e;
    cJSON *d = cJSON_CreateObject(), *nodes, *edges, *columns, *groups, *types;
    long sizecol = size && cols ? il_columns_find(cols, size) : -1, tcol = -1;
    size_t c;
    char buf[48];
    if (!d) {
        return NULL;
    }
    nodes = cJSON_AddArrayToObject(d, "nodes");
    edges = cJSON_AddArrayToObject(d, "edges");
    columns = cJSON_AddArrayToObject(d, "columns");
    groups = cJSON_AddArrayToObject(d, "groups");
    types = cJSON_AddArrayToObject(d, "tieTypes");
    if (!nodes || !edges || !columns || !groups || !types) {
        cJSON_Delete(d);
        return NULL;
    }
    for (c = 0; c < g->vattr.ncol; c++) {
        if (strcmp(g->vattr.col[c].name, "label") == 0) {
            continue;
        }
        cJSON_AddItemToArray(columns, cJSON_CreateString(g->vattr.col[c].name));
        if (is_grouping(&g->vattr.col[c], n)) {
            cJSON_AddItemToArray(groups, cJSON_CreateString(g->vattr.col[c].name));
        }
    }
    for (c = 0; cols && c < cols->ncol; c++) {
        cJSON_AddItemToArray(columns, cJSON_CreateString(cols->col[c].name));
        if (strcmp(cols->col[c].name, "community") == 0 || strcmp(cols->col[c].name, "role") == 0) {
            cJSON_AddItemToArray(groups, cJSON_CreateString(cols->col[c].name));
        }
    }
    for (v = 0; v < n; v++) {
        cJSON *o = cJSON_CreateObject(), *vals;
        if (!o) {
            break;
        }
        cJSON_AddItemToArray(nodes, o);
        cJSON_AddStringToObject(o, "id", il_graph_vertex_id(g, v));
        cJSON_AddStringToObject(o, "label", il_graph_vertex_label(g, v));
        cJSON_AddNumberToObject(o, "x", isfinite(MATRIX(*xy, v, 0)) ? MATRIX(*xy, v, 0) : 0);
        cJSON_AddNumberToObject(o, "y", isfinite(MATRIX(*xy, v, 1)) ? MATRIX(*xy, v, 1) : 0);
        if (sizecol >= 0 && isfinite(cols->col[sizecol].num[v])) {
            cJSON_AddNumberToObject(o, "s", cols->col[sizecol].num[v]);
        }
        vals = cJSON_AddObjectToObject(o, "v");
        for (c = 0; vals && c < g->vattr.ncol; c++) {
            if (strcmp(g->vattr.col[c].name, "label") != 0) {
                cJSON_AddStringToObject(vals, g->vattr.col[c].name, il_graph_vattr_get(g, c, v));
            }
        }
        for (c = 0; vals && cols && c < cols->ncol; c++) {
            cJSON_AddStringToObject(vals, cols->col[c].name,
                                    view_value(&cols->col[c], v, buf, sizeof buf));
        }
    }
    tcol = il_graph_eattr_find(g, "type");
    for (c = 0; tcol < 0 && c < g->eattr.ncol; c++) {
        if (is_grouping(&g->eattr.col[c], m)) {
            tcol = (long) c;
        }
    }
    if (tcol >= 0) {
        const il_attr_col_t *tc = &g->eattr.col[tcol];
        igraph_integer_t k;
        cJSON_AddStringToObject(d, "tieColumn", tc->name);
        for (k = 0; k < il_strtab_size(&tc->values); k++) {
            cJSON_AddItemToArray(types, cJSON_CreateString(il_strtab_get(&tc->values, (uint32_t) k)));
        }
    } else {
        cJSON_AddNullToObject(d, "tieColumn");
    }
    for (e = 0; e < m; e++) {
        cJSON *t = cJSON_CreateArray();
        if (!t) {
            break;
        }
        cJSON_AddItemToArray(edges, t);
        cJSON_AddItemToArray(t, cJSON_CreateNumber((double) IGRAPH_FROM(&g->graph, e)));
        cJSON_AddItemToArray(t, cJSON_CreateNumber((double) IGRAPH_TO(&g->graph, e)));
        cJSON_AddItemToArray(t, cJSON_CreateNumber(VECTOR(g->weight)[e]));
        cJSON_AddItemToArray(t, cJSON_CreateNumber(tcol >= 0 ? (double) g->eattr.col[tcol].idx[e] : 0));
    }
    return d;
}
