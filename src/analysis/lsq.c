/*
 * Householder QR for the dyadic regressions. Dyadic designs are tall
 * (thousands of dyads) and thin (a handful of terms); the QR route keeps
 * the accuracy that the normal equations would lose on a design mixing
 * 0/1 terms with distances in hundreds of kilometres, so that the
 * coefficients agree with R's (LINPACK dqrdc2, as lm and sna::netlm use)
 * to far better than 1e-8.
 */
#include "analysis/lsq_internal.h"

#include <math.h>
#include <stdlib.h>

/* Euclidean norm of x[0 .. n-1], scaled against overflow. */
static double norm2(const double *x, size_t n)
{
    double scale = 0, ssq = 1;
    size_t i;
    for (i = 0; i < n; i++) {
        double a = fabs(x[i]);
        if (a > 0) {
            if (scale < a) {
                ssq = 1 + ssq * (scale / a) * (scale / a);
                scale = a;
            } else {
                ssq += (a / scale) * (a / scale);
            }
        }
    }
    return scale * sqrt(ssq);
}

/**
 * \function il_i_qr
 * \brief Householder QR of a tall matrix, in place, with R's collinearity
 *        rule.
 *
 * For column j the reflector H = I - tau v v' (v[0] = 1) maps A[j.., j] to
 * (beta, 0, ..., 0); it is applied to the columns after j. Before column j
 * is reflected its remaining norm is compared with tol times its norm in
 * the input: below it, the column is a linear combination of the columns
 * before it (up to rounding), *bad = j and the function returns.
 *
 * \param A    N x p, column-major (A[j*N + i]).
 * \param tau  p scalars out.
 * \param bad  The first collinear column, or -1.
 *
 * Time complexity: O(N p^2).
 */
void il_i_qr(double *A, size_t N, int p, double *tau, double tol, int *bad)
{
    int j, k;
    *bad = -1;
    for (j = 0; j < p; j++) {
        double *col = A + (size_t) j * N;
        double orig = norm2(col, N), alpha, xnorm, beta, s;
        size_t i;
        if (!(orig > 0) || norm2(col + j, N - (size_t) j) < tol * orig) {
            *bad = j;
            return;
        }
        alpha = col[j];
        xnorm = norm2(col + j + 1, N - (size_t) j - 1);
        if (xnorm == 0) {
            tau[j] = 0;     /* already (alpha, 0, ..., 0): H = I */
            continue;
        }
        beta = -copysign(hypot(alpha, xnorm), alpha);
        tau[j] = (beta - alpha) / beta;
        s = 1.0 / (alpha - beta);
        for (i = (size_t) j + 1; i < N; i++) {
            col[i] *= s;
        }
        col[j] = beta;
        for (k = j + 1; k < p; k++) {       /* A[j.., k] -= tau v (v' A[j.., k]) */
            double *c = A + (size_t) k * N, dot = c[j];
            for (i = (size_t) j + 1; i < N; i++) {
                dot += col[i] * c[i];
            }
            dot *= tau[j];
            c[j] -= dot;
            for (i = (size_t) j + 1; i < N; i++) {
                c[i] -= dot * col[i];
            }
        }
    }
    /* Rounding can leave the last column's check passed yet R's diagonal
     * zero: treat it as collinear too. */
    for (j = 0; j < p; j++) {
        if (A[(size_t) j * N + (size_t) j] == 0) {
            *bad = j;
            return;
        }
    }
}

/**
 * \function il_i_qr_qty
 * \brief y := Q' y, applying the reflectors of il_i_qr() in order.
 *
 * Time complexity: O(N p).
 */
void il_i_qr_qty(const double *A, size_t N, int p, const double *tau, double *y)
{
    int j;
    for (j = 0; j < p; j++) {
        const double *v = A + (size_t) j * N;
        double dot = y[j];
        size_t i;
        if (tau[j] == 0) {
            continue;
        }
        for (i = (size_t) j + 1; i < N; i++) {
            dot += v[i] * y[i];
        }
        dot *= tau[j];
        y[j] -= dot;
        for (i = (size_t) j + 1; i < N; i++) {
            y[i] -= dot * v[i];
        }
    }
}

/**
 * \function il_i_qr_solve
 * \brief Back substitution: solve R b = c[0 .. p-1].
 *
 * Time complexity: O(p^2).
 */
void il_i_qr_solve(const double *A, size_t N, int p, const double *c, double *b)
{
    int j, k;
    for (j = p - 1; j >= 0; j--) {
        double s = c[j];
        for (k = j + 1; k < p; k++) {
            s -= A[(size_t) k * N + (size_t) j] * b[k];
        }
        b[j] = s / A[(size_t) j * N + (size_t) j];
    }
}

/**
 * \function il_i_qr_xtx_inv_diag
 * \brief The diagonal of (X'X)^-1 = R^-1 R^-T from the factor of X.
 *
 * ((R'R)^-1)_jj is the squared norm of row j of R^-1.
 * \return IGRAPH_ENOMEM.
 *
 * Time complexity: O(p^3).
 */
igraph_error_t il_i_qr_xtx_inv_diag(const double *A, size_t N, int p, double *d)
{
    double *inv = calloc((size_t) p * (size_t) p, sizeof *inv);  /* R^-1, column-major */
    int j, k, i;
    if (!inv) {
        IGRAPH_ERROR("Out of memory inverting the regression matrix.", IGRAPH_ENOMEM);
    }
    for (k = 0; k < p; k++) {           /* column k of R^-1: solve R x = e_k */
        for (j = k; j >= 0; j--) {
            double s = j == k ? 1.0 : 0.0;
            for (i = j + 1; i <= k; i++) {
                s -= A[(size_t) i * N + (size_t) j] * inv[k * p + i];
            }
            inv[k * p + j] = s / A[(size_t) j * N + (size_t) j];
        }
    }
    for (j = 0; j < p; j++) {
        double s = 0;
        for (k = j; k < p; k++) {
            s += inv[k * p + j] * inv[k * p + j];
        }
        d[j] = s;
    }
    free(inv);
    return IGRAPH_SUCCESS;
}
