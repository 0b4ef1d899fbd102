/*
 * Least squares for the dyadic regressions (analysis/lsq.c): Householder
 * QR of a tall column-major matrix, with R's collinearity rule, and the
 * solves and inverses an OLS or logistic fit needs. Not part of the
 * public API.
 */
#ifndef IL_LSQ_INTERNAL_H
#define IL_LSQ_INTERNAL_H

#include "core/compat.h"

#include <stddef.h>

/* Factor the N x p column-major matrix A (N >= p) in place as Q R: R in
 * the upper triangle, the Householder vectors below it (first entry 1,
 * implied), their scalars in tau[p]. Column j counts as collinear with
 * the columns before it when its norm after their reflections is below
 * tol times its own norm (R's dqrdc2 rule, tol 1e-7 in lm and sna); the
 * first such column goes to *bad (-1 when none), and the factorisation
 * stops there. */
void il_i_qr(double *A, size_t N, int p, double *tau, double tol, int *bad);

/* y := Q' y (y has N entries). */
void il_i_qr_qty(const double *A, size_t N, int p, const double *tau, double *y);

/* Solve R b = c for the first p entries of c. */
void il_i_qr_solve(const double *A, size_t N, int p, const double *c, double *b);

/* d[j] = ((R'R)^-1)_jj, the diagonal of (X'X)^-1. */
igraph_error_t il_i_qr_xtx_inv_diag(const double *A, size_t N, int p, double *d);

#endif /* IL_LSQ_INTERNAL_H */
