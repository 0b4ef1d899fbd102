#!/bin/sh
# innolink mrqap (issue 12, item 5): multiple regression QAP with Dekker's
# double semi-partialling, checked against R's sna::netlm and
# sna::netlogit run at test time (sna 2.7, Debian r-cran-sna): coefficients,
# standard errors, t and R^2 to 1e-8 on bundled graphs (undirected,
# directed, with prior ties); QAP p-values within Monte Carlo error on a
# generated graph; the distance term by hand; 1 and 2 workers; bad input.
#
# Monte Carlo bound: two independent estimates of a p-value from P1 and P2
# permutations differ by less than 4 sqrt(p (1 - p) (1/P1 + 1/P2)) with
# probability > 0.9999 (p their mean); innolink counts (1 + #)/(1 + P),
# sna #/P, which adds at most 1/P: the bound used is
# 4 sqrt(p (1 - p) (1/P1 + 1/P2)) + 2/P.
. "$(dirname "$0")/lib.sh"

D="$GRAPHS/daedeok-pangyo"
P="$GRAPHS/daedeok-pangyo-programme"
H="$GRAPHS/horten-suppliers"
SUITE=${INNOLINK_SUITE:-plain}

# The peer's numbers are the same in every suite: the comparisons run in
# the plain suite; under the sanitizers and valgrind innolink runs the
# other checks (its memory is what they test).
have_sna() {
    [ "$SUITE" = plain ] || { echo "# peer comparison skipped under $SUITE"; return 1; }
    command -v Rscript >/dev/null 2>&1 &&
        Rscript -e 'suppressMessages(library(sna))' >/dev/null 2>&1
}

# The peer: sna's netlm / netlogit on matrices built from the same CSV
# files. Arguments: edges nodes directed(0/1) model(netlm|netlogit) nullhyp
# reps seed term... ; terms as innolink spells them. Prints one JSON object.
cat >peer.R <<'EOF'
suppressMessages(library(sna))
a <- commandArgs(TRUE)
edges <- a[1]; nodes <- a[2]; directed <- a[3] == "1"; fn <- a[4]
nullhyp <- a[5]; reps <- as.integer(a[6]); set.seed(as.integer(a[7])); terms <- a[-(1:7)]
v <- read.csv(nodes, stringsAsFactors = FALSE, colClasses = "character")
n <- nrow(v); id <- v$id
adj <- function(file, presence) {
    e <- read.csv(file, stringsAsFactors = FALSE, colClasses = "character")
    w <- if ("weight" %in% names(e)) as.numeric(e$weight) else rep(1, nrow(e))
    M <- matrix(0, n, n); i <- match(e$source, id); j <- match(e$target, id)
    for (k in seq_along(i)) {
        if (is.na(i[k]) || is.na(j[k]) || i[k] == j[k]) next
        M[i[k], j[k]] <- M[i[k], j[k]] + w[k]
        if (!directed) M[j[k], i[k]] <- M[i[k], j[k]]
    }
    if (presence) M <- (M > 0) * 1
    M
}
hav <- function(lat, lon) {
    p <- lat * pi / 180; l <- lon * pi / 180; R <- 6371.0088
    outer(1:n, 1:n, function(a, b) 2 * R * asin(pmin(1, sqrt(sin((p[b] - p[a]) / 2)^2 +
        cos(p[a]) * cos(p[b]) * sin((l[b] - l[a]) / 2)^2))))
}
X <- lapply(terms, function(t) {
    k <- sub(":.*", "", t); arg <- sub("^[^:]*:", "", t)
    switch(k,
        same = outer(v[[arg]], v[[arg]], "==") * 1,
        diff = abs(outer(as.numeric(v[[arg]]), as.numeric(v[[arg]]), "-")),
        distance = hav(as.numeric(v$lat), as.numeric(v$lon)),
        ties = adj(arg, FALSE), tied = adj(arg, TRUE))
})
Y <- adj(edges, fn == "netlogit")
mode <- if (directed) "digraph" else "graph"
f <- if (fn == "netlm") netlm(Y, X, mode = mode, nullhyp = nullhyp, reps = reps) else
     netlogit(Y, X, mode = mode, nullhyp = nullhyp, reps = reps)
num <- function(x) paste0("[", paste(sprintf("%.17g", x), collapse = ","), "]")
out <- c(sprintf('"coef": %s', num(f$coefficients)), sprintf('"tstat": %s', num(f$tstat)),
         sprintf('"n": %d', f$n))
if (!is.null(f$pleeq)) out <- c(out, sprintf('"pleeq": %s', num(f$pleeq)),
    sprintf('"pgreq": %s', num(f$pgreq)), sprintf('"pgreqabs": %s', num(f$pgreqabs)))
if (fn == "netlm") {
    fv <- f$fitted.values; mss <- sum((fv - mean(fv))^2); rss <- sum(f$residuals^2)
    rdf <- f$n - f$rank; r2 <- mss / (mss + rss)
    out <- c(out, sprintf('"r2": %.17g', r2), sprintf('"adjr2": %.17g', 1 - (1 - r2) * ((f$n - 1) / rdf)),
             sprintf('"sigma": %.17g', sqrt(rss / rdf)))
} else {
    y <- gvectorize(Y, mode = mode, diag = FALSE, censor.as.na = TRUE)
    x <- cbind(1, sapply(X, gvectorize, mode = mode, diag = FALSE, censor.as.na = TRUE))
    keep <- !is.na(y); y <- y[keep]; x <- x[keep, , drop = FALSE]
    tight <- glm.fit(x, y, family = binomial(), intercept = FALSE,
                     control = list(epsilon = 1e-14, maxit = 100))
    mu <- plogis(drop(x %*% tight$coefficients)); wt <- mu * (1 - mu)   # X'WX at the estimate
    out <- c(out, sprintf('"coef_tight": %s', num(tight$coefficients)),
             sprintf('"se_tight": %s', num(sqrt(diag(solve(crossprod(x, x * wt)))))),
             sprintf('"deviance": %.17g', f$deviance), sprintf('"null_deviance": %.17g', f$null.deviance),
             sprintf('"df_null": %d', f$df.null), sprintf('"aic": %.17g', f$aic),
             sprintf('"bic": %.17g', f$bic), sprintf('"se": %s', num(f$se)))
}
cat("{", paste(out, collapse = ", "), "}\n")
EOF

# compare.py OURS.json PEER.json TOL_COEF [P1 P2]: coefficients, t and fit
# statistics within TOL_COEF (relative to max(1, |x|)); p-values within the
# Monte Carlo bound when P1, P2 are given.
cat >compare.py <<'EOF'
import json, math, sys
ours = json.load(open(sys.argv[1])); peer = json.load(open(sys.argv[2]))
tol = float(sys.argv[3]); perms = [int(x) for x in sys.argv[4:6]]
rows = ours["coefficients"]; bad = []
def near(what, a, b, t=tol):
    if not abs(a - b) <= t * max(1.0, abs(b)): bad.append((what, a, b))
assert ours["dyads"] == peer["n"], (ours["dyads"], peer["n"])
stat = "z" if "z" in rows[0] else "t"
# Logit: sna's glm.fit stops at a relative deviance change of 1e-8 and takes
# the standard errors from the weights of its last-but-one iterate; innolink
# iterates to 1e-10 and takes them at the estimate. So the estimates agree
# with netlogit to 1e-6 and with glm run to 1e-14 to 1e-8; standard errors
# and z with that tight glm to 1e-7 and with netlogit to 1e-3 (relative).
logit = "coef_tight" in peer
for k, r in enumerate(rows):
    near(r["term"] + " estimate", r["estimate"], peer["coef"][k])
    near(r["term"] + " " + stat, r[stat], peer["tstat"][k], 1e-3 if logit else tol)
    near(r["term"] + " std_error", r["std_error"], peer["coef"][k] / peer["tstat"][k], 1e-3 if logit else tol)
    if logit:
        near(r["term"] + " estimate (glm to 1e-14)", r["estimate"], peer["coef_tight"][k], 1e-8)
        near(r["term"] + " std_error (glm to 1e-14)", r["std_error"], peer["se_tight"][k], 1e-7)
        near(r["term"] + " z (glm to 1e-14)", r[stat], peer["coef_tight"][k] / peer["se_tight"][k], 1e-7)
if "r2" in peer:
    near("r_squared", ours["r_squared"], peer["r2"]); near("adj_r_squared", ours["adj_r_squared"], peer["adjr2"])
    near("residual_se", ours["residual_se"], peer["sigma"])
if "deviance" in peer:
    near("deviance", ours["deviance"], peer["deviance"])
    near("null_deviance_sna", ours["null_deviance_sna"], peer["null_deviance"])
    near("pseudo_r2_sna", ours["pseudo_r2_sna"], 1 - peer["deviance"] / peer["null_deviance"])
    dn, dr, df = peer["null_deviance"], peer["deviance"], peer["df_null"]
    near("pseudo_r2_sna_df", ours["pseudo_r2_sna_df"], (dn - dr) / (dn - dr + df))
    near("aic", ours["aic"], peer["aic"]); near("bic", ours["bic"], peer["bic"])
if perms:
    P1, P2 = perms
    for k, r in enumerate(rows):
        for mine, theirs in (("p_less", "pleeq"), ("p_greater", "pgreq"), ("p_abs", "pgreqabs")):
            a, b = r[mine], peer[theirs][k]; p = (a + b) / 2
            bound = 4 * math.sqrt(p * (1 - p) * (1 / P1 + 1 / P2)) + 2 / min(P1, P2)
            print("%-14s %-9s innolink %.4f sna %.4f bound %.4f" % (r["term"], mine, a, b, bound))
            if abs(a - b) > bound: bad.append((r["term"], mine, a, b, bound))
print(bad or "all within tolerance"); sys.exit(1 if bad else 0)
EOF

# A generated network (seeded; written by this test, synthetic): 30 firms
# in 3 groups with a size and a position; ties more likely inside a group
# and between near firms, strengths 1-4; and a "prior" tie table that
# shares half of the ties. Terms then have p-values across the range.
/usr/bin/python3 - <<'EOF'
import math, random
r = random.Random(20261203)
n = 30
nodes = []
for i in range(n):
    nodes.append(("f%02d" % i, "ABC"[i % 3], r.randint(5, 500), 36 + r.random() * 2, 127 + r.random() * 2))
with open("gn.csv", "w") as f:
    f.write("id,group,size,lat,lon\n")
    for v in nodes: f.write("%s,%s,%d,%.4f,%.4f\n" % v)
ties, prior = [], []
for i in range(n):
    for j in range(i + 1, n):
        a, b = nodes[i], nodes[j]
        d = math.hypot(a[3] - b[3], a[4] - b[4])
        p = 0.08 + (0.12 if a[1] == b[1] else 0) + 0.10 * math.exp(-d)
        if r.random() < p:
            w = 1 + int(r.random() * 4)
            ties.append((a[0], b[0], w))
            if r.random() < 0.5: prior.append((a[0], b[0], 1 + int(r.random() * 3)))
        elif r.random() < 0.04:
            prior.append((a[0], b[0], 1))
for name, rows in (("ge.csv", ties), ("gp.csv", prior)):
    with open(name, "w") as f:
        f.write("source,target,weight\n")
        for t in rows: f.write("%s,%s,%d\n" % t)
EOF

test_expect_success 'daedeok-pangyo: OLS estimates, std errors, t, R^2 equal sna::netlm to 1e-8' '
    have_sna || { echo "# skipped: Rscript with r-cran-sna not installed"; exit 0; }
    T="same:cluster same:sector distance"
    innolink mrqap "$D/edges.csv" --nodes "$D/nodes.csv" --covariates same:cluster,same:sector,distance \
        --permutations 0 --format json >o.json &&
    Rscript peer.R "$D/edges.csv" "$D/nodes.csv" 0 netlm classical 1 1 $T >r.json &&
    /usr/bin/python3 compare.py o.json r.json 1e-8
'

test_expect_success 'directed (horten suppliers): OLS equals sna::netlm mode "digraph" to 1e-8' '
    have_sna || { echo "# skipped: Rscript with r-cran-sna not installed"; exit 0; }
    innolink mrqap "$H/edges.csv" --nodes "$H/nodes.csv" --directed --covariates same:role,same:sector \
        --permutations 0 --format json >o.json &&
    test "$(json_get o.json dyads)" = 3192 &&
    Rscript peer.R "$H/edges.csv" "$H/nodes.csv" 1 netlm classical 1 1 same:role same:sector >r.json &&
    /usr/bin/python3 compare.py o.json r.json 1e-8
'

test_expect_success 'prior ties (programme 2019 on 2016): ties:FILE and tied:FILE equal sna::netlm' '
    have_sna || { echo "# skipped: Rscript with r-cran-sna not installed"; exit 0; }
    innolink mrqap "$P/edges-after.csv" --nodes "$P/nodes.csv" \
        --covariates "ties:$P/edges-before.csv,same:cluster,same:sector" --permutations 0 \
        --format json >o.json &&
    Rscript peer.R "$P/edges-after.csv" "$P/nodes.csv" 0 netlm classical 1 1 \
        "ties:$P/edges-before.csv" same:cluster same:sector >r.json &&
    /usr/bin/python3 compare.py o.json r.json 1e-8 &&
    innolink mrqap "$P/edges-after.csv" --nodes "$P/nodes.csv" --model logit \
        --covariates "tied:$P/edges-before.csv,same:sector" --permutations 0 --format json >o.json &&
    Rscript peer.R "$P/edges-after.csv" "$P/nodes.csv" 0 netlogit classical 1 1 \
        "tied:$P/edges-before.csv" same:sector >r.json &&
    /usr/bin/python3 compare.py o.json r.json 1e-6
'

test_expect_success 'logit (daedeok-pangyo): estimates equal glm to 1e-8 and sna::netlogit to 1e-6, deviances, pseudo-R^2' '
    have_sna || { echo "# skipped: Rscript with r-cran-sna not installed"; exit 0; }
    innolink mrqap "$D/edges.csv" --nodes "$D/nodes.csv" --model logit \
        --covariates same:cluster,same:sector --permutations 0 --format json >o.json &&
    Rscript peer.R "$D/edges.csv" "$D/nodes.csv" 0 netlogit classical 1 1 same:cluster same:sector >r.json &&
    /usr/bin/python3 compare.py o.json r.json 1e-6
'

test_expect_success 'generated graph: QAP p-values (DSP) of netlm within the Monte Carlo bound' '
    have_sna || { echo "# skipped: Rscript with r-cran-sna not installed"; exit 0; }
    innolink mrqap ge.csv --nodes gn.csv --covariates same:group,diff:size,ties:gp.csv \
        --permutations 2000 --seed 7 --format json >o.json &&
    Rscript peer.R ge.csv gn.csv 0 netlm qapspp 400 11 same:group diff:size ties:gp.csv >r.json &&
    /usr/bin/python3 compare.py o.json r.json 1e-8 2000 400
'

test_expect_success 'karate club (bundled): QAP p-values (DSP) of netlm within the Monte Carlo bound' '
    have_sna || { echo "# skipped: Rscript with r-cran-sna not installed"; exit 0; }
    K="$GRAPHS/karate"
    innolink mrqap "$K/edges.csv" --nodes "$K/nodes.csv" --covariates same:faction \
        --permutations 2000 --seed 3 --format json >o.json &&
    sed "s/^source,target$/source,target,weight/; s/^\([0-9]*,[0-9]*\)$/\1,1/" "$K/edges.csv" >ke.csv &&
    Rscript peer.R ke.csv "$K/nodes.csv" 0 netlm qapspp 300 5 same:faction >r.json &&
    /usr/bin/python3 compare.py o.json r.json 1e-8 2000 300
'

test_expect_success 'generated graph: QAP p-values (DSP) of netlogit within the Monte Carlo bound' '
    have_sna || { echo "# skipped: Rscript with r-cran-sna not installed"; exit 0; }
    innolink mrqap ge.csv --nodes gn.csv --model logit --covariates same:group,distance,tied:gp.csv \
        --permutations 1000 --seed 7 --format json >o.json &&
    Rscript peer.R ge.csv gn.csv 0 netlogit qapspp 250 11 same:group distance tied:gp.csv >r.json &&
    /usr/bin/python3 compare.py o.json r.json 1e-6 1000 250
'

# Four places on a sphere of radius R = 6371.0088 km: a (0N 0E), b (0N
# 90E), c (90N), d (0N 180E). Every pair is a quarter circle, pi R / 2,
# except a-d, half a circle, pi R. With strengths w = 1 + 0.002 d (d in
# km) the least-squares line through the six dyads is exact: intercept 1,
# slope 0.002 per km, R^2 = 1.
test_expect_success 'distance: the haversine kilometres of four points on the globe (by hand)' '
    /usr/bin/python3 -c "
import math
q = math.pi * 6371.0088 / 2
w = {\"q\": 1 + 0.002 * q, \"h\": 1 + 0.002 * 2 * q}
print(\"source,target,weight\")
for s, t, k in ((\"a\",\"b\",\"q\"), (\"a\",\"c\",\"q\"), (\"a\",\"d\",\"h\"), (\"b\",\"c\",\"q\"), (\"b\",\"d\",\"q\"), (\"c\",\"d\",\"q\")):
    print(\"%s,%s,%.17g\" % (s, t, w[k]))
" >globe.csv &&
    printf "id,lat,lon\na,0,0\nb,0,90\nc,90,0\nd,0,180\n" >globe-n.csv &&
    innolink mrqap globe.csv --nodes globe-n.csv --covariates distance --permutations 0 \
        --format json >g.json &&
    /usr/bin/python3 - g.json <<PY
import json, sys
s = json.load(open(sys.argv[1])); c = {r["term"]: r["estimate"] for r in s["coefficients"]}
print(c, s["r_squared"])
assert abs(c["(intercept)"] - 1) < 1e-9 and abs(c["distance"] - 0.002) < 1e-15, c
assert abs(s["r_squared"] - 1) < 1e-12 and s["dyads"] == 6
PY
'

test_expect_success '1 and 2 worker processes give the same bytes (OLS and logit)' '
    P=150; models="ols logit"
    [ "$SUITE" = plain ] || { P=20; models=ols; }
    for m in $models; do
        innolink mrqap ge.csv --nodes gn.csv --model $m --covariates same:group,distance \
            --permutations $P --jobs 1 --format json >one.json &&
        innolink mrqap ge.csv --nodes gn.csv --model $m --covariates same:group,distance \
            --permutations $P --jobs 2 --format json >two.json &&
        test_cmp one.json two.json || exit 1
    done &&
    innolink mrqap ge.csv --nodes gn.csv --model $m --covariates same:group,distance \
        --permutations $P --seed 8 --format json >other.json &&
    ! test_cmp one.json other.json >/dev/null
'

test_expect_success 'run spec: a tie table is read from the spec folder, wherever run is called' '
    mkdir -p sp/out && cp ge.csv gn.csv gp.csv sp/ &&
    cat >sp/spec.json <<-EOF &&
	{ "input": { "edges": "ge.csv", "nodes": "gn.csv" },
	  "analyses": [ { "command": "mrqap", "format": "json", "output": "out/m.json",
	                  "options": { "covariates": "same:group,ties:gp.csv", "permutations": 10 } } ] }
	EOF
    (cd / && innolink run "$TMP/sp/spec.json") &&
    innolink mrqap ge.csv --nodes gn.csv --covariates same:group,ties:gp.csv --permutations 10 \
        --format json >direct.json &&
    /usr/bin/python3 -c "
import json, sys
a = json.load(open(\"sp/out/m.json\"))[\"coefficients\"]; b = json.load(open(\"direct.json\"))[\"coefficients\"]
sys.exit(0 if a == b else 1)"
'

test_expect_success 'the output names the test, the permutations, the seed, dyads and diagonal' '
    innolink mrqap ge.csv --nodes gn.csv --covariates same:group --permutations 99 --seed 5 \
        --format json >o.json &&
    test "$(json_get o.json parameters.permutations)" = 99 &&
    test "$(json_get o.json parameters.seed)" = 5 &&
    test "$(json_get o.json dyads)" = 435 &&
    json_get o.json parameters.test | grep -q "double semi-partialling" &&
    json_get o.json parameters.dyads | grep -q "each counted once" &&
    json_get o.json parameters.diagonal | grep -q "never paired with itself" &&
    innolink mrqap ge.csv --nodes gn.csv --covariates same:group --permutations 99 \
        --format csv >o.csv &&
    head -1 o.csv | grep -q "^term,estimate,std_error,t,p_greater,p_less,p_two_sided,p_abs"
'

test_expect_success 'the HTML report shows the regression the command gives, with its caveat' '
    [ "$SUITE" = plain ] || { echo "# skipped: t7200 runs the report under $SUITE"; exit 0; }
    innolink report "$D/edges.csv" --nodes "$D/nodes.csv" --by cluster -o r.html &&
    innolink mrqap "$D/edges.csv" --nodes "$D/nodes.csv" --covariates same:cluster,same:sector,distance \
        --format json >o.json &&
    /usr/bin/python3 - r.html o.json <<PY
import json, re, sys
html = open(sys.argv[1], encoding="utf-8").read()
sec = html[html.index("<section id=\"mrqap\">"):]
sec = sec[:sec.index("</section>")]
# a column shares one number of decimals (about six significant digits)
keys = ("estimate", "std_error", "t", "p_greater", "p_less", "p_two_sided")
for r in json.load(open(sys.argv[2]))["coefficients"]:
    m = re.search(r"<tr><td>%s</td>((?:<td class=\"num\">[^<]*</td>){6})" % re.escape(r["term"]), sec)
    assert m, r["term"]
    shown = [float(x) for x in re.findall(r">([^<]*)</td>", m.group(1))]
    for k, v in zip(keys, shown):
        assert abs(v - r[k]) <= 1e-4 * max(1.0, abs(r[k])), (r["term"], k, v, r[k])
assert "Caveat: association across dyads, not cause" in sec
print("ok")
PY
'

test_expect_success 'bad input: unknown kind (usage, lists the kinds), no covariates, logit strength' '
    test_expect_code 2 innolink mrqap ge.csv --nodes gn.csv --covariates same:group,near:lat 2>err &&
    grep "unknown covariate .near:lat.; the kinds are same:ATTR, diff:ATTR, distance" err &&
    [ "$SUITE" = plain ] || exit 0
    test_expect_code 2 innolink mrqap ge.csv --nodes gn.csv 2>err &&
    grep "mrqap needs --covariates" err &&
    test_expect_code 2 innolink mrqap ge.csv --nodes gn.csv --covariates same:group \
        --model logit --outcome strength 2>err &&
    grep "logit models tie presence" err &&
    test_expect_code 2 innolink mrqap ge.csv --nodes gn.csv --covariates same:group,same:group 2>err &&
    grep "given twice" err
'

test_expect_success 'bad input: unknown attribute names the columns; non-numeric diff names the node' '
    test_expect_code 1 innolink mrqap ge.csv --nodes gn.csv --covariates same:sector 2>err &&
    grep "same:sector: no node attribute .sector. (the node table has .group., .size., .lat., .lon.)" err &&
    sed "s/^f07,B,[0-9]*,/f07,B,n\/a,/" gn.csv >bad.csv &&
    test_expect_code 1 innolink mrqap ge.csv --nodes bad.csv --covariates diff:size 2>err &&
    grep "diff:size: node .f07. has .n/a. for .size., not a number" err
'

test_expect_success 'bad input: collinear terms are named (a cluster and its region)' '
    test_expect_code 1 innolink mrqap "$D/edges.csv" --nodes "$D/nodes.csv" \
        --covariates same:cluster,same:region 2>err &&
    grep "term same:region is constant or a linear combination of the terms before it ((intercept), same:cluster)" err
'

test_expect_success 'bad input: a tie table naming unknown nodes (file:line), or missing' '
    printf "source,target\nf01,zz\n" >gx.csv &&
    test_expect_code 1 innolink mrqap ge.csv --nodes gn.csv --covariates ties:gx.csv 2>err &&
    grep "gx.csv:2:.*zz" err &&
    { [ "$SUITE" = plain ] || exit 0; } &&
    test_expect_code 1 innolink mrqap ge.csv --nodes gn.csv --covariates ties:nothere.csv 2>err &&
    grep "nothere.csv" err
'

test_done
