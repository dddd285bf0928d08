/*
 * SM2 signature verification with precomputed tables (see sm2_verify.h).
 *
 * Field: GF(p), p = 2^256 - 2^224 - 2^96 + 2^64 - 1, four 64-bit limbs (little-endian), Montgomery form with
 * R = 2^256. Because p = -1 mod 2^64, the Montgomery constant -p^-1 mod 2^64 is 1, so each reduction step's
 * multiplier is simply the low limb. Every field value is kept fully reduced (< p), so equality is limb equality.
 *
 * Points: affine (x, y) for table entries, Jacobian (X, Y, Z) with x = X/Z^2, y = Y/Z^3 for the accumulator.
 * Curve a = -3, so doubling uses the a = -3 formula. The mixed addition handles every exceptional case (accumulator
 * at infinity, equal points -> doubling, opposite points -> infinity), so the result is right for any inputs.
 *
 * Fixed-base tables: for a point Q and window width w, T[i][d-1] = d * 2^(w*i) * Q (affine) for d = 1 .. 2^w - 1,
 * i = 0 .. ceil(256/w) - 1. Then k*Q = sum over windows of T[i][digit_i(k)]: one mixed addition per non-zero digit
 * and no doublings. G uses w = 8 (522 KB, built once per process); each public key uses SM2V_KEY_WINDOW.
 * A key without a table falls back to a 4-bit fixed-window double-and-add for t*P.
 */
#include "sm2_verify.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#ifndef SM2V_KEY_WINDOW
#define SM2V_KEY_WINDOW 4
#endif
#define SM2V_G_WINDOW 8

typedef unsigned __int128 u128;

typedef struct {
  uint64_t v[4];
} fe;

typedef struct {
  fe x, y;
} aff;

typedef struct {
  fe X, Y, Z;
  int inf;
} jac;

typedef struct {
  unsigned w, nwin, per;
  aff *pts; /* pts[i * per + d - 1] */
} table;

struct sm2_vkey {
  aff P;
  table t;
};

/* p and n, little-endian limbs. */
static const fe FP = {{0xFFFFFFFFFFFFFFFFULL, 0xFFFFFFFF00000000ULL, 0xFFFFFFFFFFFFFFFFULL, 0xFFFFFFFEFFFFFFFFULL}};
static const uint64_t NN[4] = {0x53BBF40939D54123ULL, 0x7203DF6B21C6052BULL, 0xFFFFFFFFFFFFFFFFULL, 0xFFFFFFFEFFFFFFFFULL};
/* p - 2, the Fermat inversion exponent. */
static const uint64_t P_MINUS_2[4] = {0xFFFFFFFFFFFFFFFDULL, 0xFFFFFFFF00000000ULL, 0xFFFFFFFFFFFFFFFFULL, 0xFFFFFFFEFFFFFFFFULL};

static const uint8_t CURVE_B[32] = {0x28, 0xe9, 0xfa, 0x9e, 0x9d, 0x9f, 0x5e, 0x34, 0x4d, 0x5a, 0x9e, 0x4b, 0xcf, 0x65, 0x09, 0xa7,
                                    0xf3, 0x97, 0x89, 0xf5, 0x15, 0xab, 0x8f, 0x92, 0xdd, 0xbc, 0xbd, 0x41, 0x4d, 0x94, 0x0e, 0x93};
static const uint8_t BASE_XY[64] = {
    0x32, 0xc4, 0xae, 0x2c, 0x1f, 0x19, 0x81, 0x19, 0x5f, 0x99, 0x04, 0x46, 0x6a, 0x39, 0xc9, 0x94, 0x8f, 0xe3, 0x0b, 0xbf, 0xf2, 0x66,
    0x0b, 0xe1, 0x71, 0x5a, 0x45, 0x89, 0x33, 0x4c, 0x74, 0xc7, 0xbc, 0x37, 0x36, 0xa2, 0xf4, 0xf6, 0x77, 0x9c, 0x59, 0xbd, 0xce, 0xe3,
    0x6b, 0x69, 0x21, 0x53, 0xd0, 0xa9, 0x87, 0x7c, 0xc6, 0x2a, 0x47, 0x40, 0x02, 0xdf, 0x32, 0xe5, 0x21, 0x39, 0xf0, 0xa0};

/* Set once by init_once. */
static fe ONE;  /* R mod p: 1 in Montgomery form */
static fe RR;   /* R^2 mod p: converts into Montgomery form */
static fe B_M;  /* curve b, Montgomery form */
static table G_TABLE;
static int INIT_OK;
static pthread_once_t INIT_ONCE = PTHREAD_ONCE_INIT;

/* ---- 256-bit limb helpers ---- */

static uint64_t add4(uint64_t r[4], const uint64_t a[4], const uint64_t b[4]) {
  u128 c = 0;
  for (int i = 0; i < 4; i++) {
    c += (u128)a[i] + b[i];
    r[i] = (uint64_t)c;
    c >>= 64;
  }
  return (uint64_t)c;
}

static uint64_t sub4(uint64_t r[4], const uint64_t a[4], const uint64_t b[4]) {
  uint64_t borrow = 0;
  for (int i = 0; i < 4; i++) {
    u128 d = (u128)a[i] - b[i] - borrow;
    r[i] = (uint64_t)d;
    borrow = (uint64_t)(d >> 64) & 1;
  }
  return borrow;
}

/* -1, 0, 1 as a <, =, > b. */
static int cmp4(const uint64_t a[4], const uint64_t b[4]) {
  for (int i = 3; i >= 0; i--) {
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

static int is_zero4(const uint64_t a[4]) { return (a[0] | a[1] | a[2] | a[3]) == 0; }

static void from_be(uint64_t r[4], const uint8_t b[32]) {
  for (int i = 0; i < 4; i++) {
    uint64_t v = 0;
    for (int j = 0; j < 8; j++) v = (v << 8) | b[(3 - i) * 8 + j];
    r[i] = v;
  }
}

/* ---- GF(p) ---- */

static void fe_add(fe *r, const fe *a, const fe *b) {
  uint64_t t[4], u[4];
  uint64_t carry = add4(t, a->v, b->v);
  uint64_t borrow = sub4(u, t, FP.v);
  memcpy(r->v, (carry || !borrow) ? u : t, sizeof(t));
}

static void fe_sub(fe *r, const fe *a, const fe *b) {
  uint64_t t[4];
  if (sub4(t, a->v, b->v)) add4(t, t, FP.v);
  memcpy(r->v, t, sizeof(t));
}

/* Montgomery product a * b / R mod p (CIOS; the reduction multiplier is the low limb since -p^-1 = 1). */
static void fe_mul(fe *r, const fe *a, const fe *b) {
  uint64_t t0 = 0, t1 = 0, t2 = 0, t3 = 0, t4 = 0;
  for (int i = 0; i < 4; i++) {
    uint64_t bi = b->v[i];
    u128 c = (u128)a->v[0] * bi + t0;
    t0 = (uint64_t)c;
    c = (c >> 64) + (u128)a->v[1] * bi + t1;
    t1 = (uint64_t)c;
    c = (c >> 64) + (u128)a->v[2] * bi + t2;
    t2 = (uint64_t)c;
    c = (c >> 64) + (u128)a->v[3] * bi + t3;
    t3 = (uint64_t)c;
    c = (c >> 64) + t4;
    t4 = (uint64_t)c;
    uint64_t t5 = (uint64_t)(c >> 64);
    /* m = t0; (t + m*p) / 2^64. The low word m*p0 + t0 = m*2^64 exactly (p0 = 2^64-1), so its carry is m. */
    uint64_t m = t0;
    c = (u128)m * FP.v[1] + t1 + m;
    t0 = (uint64_t)c;
    c = (c >> 64) + (u128)m * FP.v[2] + t2;
    t1 = (uint64_t)c;
    c = (c >> 64) + (u128)m * FP.v[3] + t3;
    t2 = (uint64_t)c;
    c = (c >> 64) + t4;
    t3 = (uint64_t)c;
    t4 = t5 + (uint64_t)(c >> 64);
  }
  uint64_t t[4] = {t0, t1, t2, t3}, u[4];
  uint64_t borrow = sub4(u, t, FP.v);
  memcpy(r->v, (t4 || !borrow) ? u : t, sizeof(t));
}

static void fe_sqr(fe *r, const fe *a) { fe_mul(r, a, a); }

static int fe_eq(const fe *a, const fe *b) { return cmp4(a->v, b->v) == 0; }

static int fe_is_zero(const fe *a) { return is_zero4(a->v); }

/* a^e by 4-bit fixed windows (e public). */
static void fe_pow(fe *r, const fe *a, const uint64_t e[4]) {
  fe tbl[16];
  tbl[0] = ONE;
  tbl[1] = *a;
  for (int i = 2; i < 16; i++) fe_mul(&tbl[i], &tbl[i - 1], a);
  fe acc = ONE;
  for (int i = 63; i >= 0; i--) {
    for (int k = 0; k < 4; k++) fe_sqr(&acc, &acc);
    unsigned nib = (unsigned)(e[i / 16] >> ((i % 16) * 4)) & 15u;
    if (nib) fe_mul(&acc, &acc, &tbl[nib]);
  }
  *r = acc;
}

/* 1/a for a != 0 (Fermat). */
static void fe_inv(fe *r, const fe *a) { fe_pow(r, a, P_MINUS_2); }

static void fe_to_mont(fe *r, const fe *a) { fe_mul(r, a, &RR); }

static void fe_from_mont(fe *r, const fe *a) {
  static const fe raw_one = {{1, 0, 0, 0}};
  fe_mul(r, a, &raw_one);
}

/* ---- points ---- */

static void jac_from_aff(jac *r, const aff *a) {
  r->X = a->x;
  r->Y = a->y;
  r->Z = ONE;
  r->inf = 0;
}

/* r = 2a ("dbl-2001-b", a = -3). */
static void jac_dbl(jac *r, const jac *a) {
  if (a->inf || fe_is_zero(&a->Y)) {
    r->inf = 1;
    return;
  }
  fe delta, gamma, beta, alpha, t1, t2, X3, Y3, Z3;
  fe_sqr(&delta, &a->Z);
  fe_sqr(&gamma, &a->Y);
  fe_mul(&beta, &a->X, &gamma);
  fe_sub(&t1, &a->X, &delta);
  fe_add(&t2, &a->X, &delta);
  fe_mul(&alpha, &t1, &t2);
  fe_add(&t1, &alpha, &alpha);
  fe_add(&alpha, &t1, &alpha); /* alpha = 3 (X - delta)(X + delta) */
  fe_add(&t1, &beta, &beta);
  fe_add(&t1, &t1, &t1); /* 4 beta */
  fe_add(&t2, &t1, &t1); /* 8 beta */
  fe_sqr(&X3, &alpha);
  fe_sub(&X3, &X3, &t2);
  fe_add(&Z3, &a->Y, &a->Z);
  fe_sqr(&Z3, &Z3);
  fe_sub(&Z3, &Z3, &gamma);
  fe_sub(&Z3, &Z3, &delta);
  fe_sub(&t1, &t1, &X3);
  fe_mul(&Y3, &alpha, &t1);
  fe_sqr(&t2, &gamma);
  fe_add(&t2, &t2, &t2);
  fe_add(&t2, &t2, &t2);
  fe_add(&t2, &t2, &t2); /* 8 gamma^2 */
  fe_sub(&Y3, &Y3, &t2);
  r->X = X3;
  r->Y = Y3;
  r->Z = Z3;
  r->inf = 0;
}

/* r = a + b, b affine ("madd-2007-bl"), with the exceptional cases handled. r may alias a. */
static void jac_madd(jac *r, const jac *a, const aff *b) {
  if (a->inf) {
    jac_from_aff(r, b);
    return;
  }
  fe z1z1, u2, s2, h, rr, hh, i4, j, v, t, X3, Y3, Z3;
  fe_sqr(&z1z1, &a->Z);
  fe_mul(&u2, &b->x, &z1z1);
  fe_mul(&s2, &b->y, &a->Z);
  fe_mul(&s2, &s2, &z1z1);
  fe_sub(&h, &u2, &a->X);
  fe_sub(&rr, &s2, &a->Y);
  if (fe_is_zero(&h)) {
    if (fe_is_zero(&rr)) {
      jac_dbl(r, a); /* a == b */
    } else {
      r->inf = 1; /* a == -b */
    }
    return;
  }
  fe_sqr(&hh, &h);
  fe_add(&i4, &hh, &hh);
  fe_add(&i4, &i4, &i4); /* I = 4 HH */
  fe_mul(&j, &h, &i4);   /* J = H I */
  fe_add(&rr, &rr, &rr); /* r = 2 (S2 - Y1) */
  fe_mul(&v, &a->X, &i4);
  fe_sqr(&X3, &rr);
  fe_sub(&X3, &X3, &j);
  fe_sub(&X3, &X3, &v);
  fe_sub(&X3, &X3, &v);
  fe_sub(&t, &v, &X3);
  fe_mul(&Y3, &rr, &t);
  fe_mul(&t, &a->Y, &j);
  fe_add(&t, &t, &t);
  fe_sub(&Y3, &Y3, &t);
  fe_add(&Z3, &a->Z, &h);
  fe_sqr(&Z3, &Z3);
  fe_sub(&Z3, &Z3, &z1z1);
  fe_sub(&Z3, &Z3, &hh);
  r->X = X3;
  r->Y = Y3;
  r->Z = Z3;
  r->inf = 0;
}

/* Affine forms of n Jacobian points with one inversion; 0 if any is at infinity. scratch: n field elements. */
static int batch_to_affine(aff *out, const jac *in, size_t n, fe *scratch) {
  if (n == 0) return 1;
  for (size_t i = 0; i < n; i++) {
    if (in[i].inf || fe_is_zero(&in[i].Z)) return 0;
  }
  scratch[0] = in[0].Z;
  for (size_t i = 1; i < n; i++) fe_mul(&scratch[i], &scratch[i - 1], &in[i].Z);
  fe inv, zi, zi2;
  fe_inv(&inv, &scratch[n - 1]);
  for (size_t i = n - 1;; i--) {
    if (i > 0) {
      fe_mul(&zi, &inv, &scratch[i - 1]);
      fe_mul(&inv, &inv, &in[i].Z);
    } else {
      zi = inv;
    }
    fe_sqr(&zi2, &zi);
    fe_mul(&out[i].x, &in[i].X, &zi2);
    fe_mul(&zi2, &zi2, &zi);
    fe_mul(&out[i].y, &in[i].Y, &zi2);
    if (i == 0) break;
  }
  return 1;
}

/* The fixed-base table of q (see the top of the file). 1 on success. */
static int table_build(table *tb, const aff *q, unsigned w) {
  unsigned nwin = (256 + w - 1) / w, per = (1u << w) - 1;
  size_t total = (size_t)nwin * per;
  jac *bases = malloc(nwin * sizeof(jac));
  aff *base_aff = malloc(nwin * sizeof(aff));
  jac *all = malloc(total * sizeof(jac));
  fe *scratch = malloc(total * sizeof(fe));
  aff *pts = malloc(total * sizeof(aff));
  int ok = bases && base_aff && all && scratch && pts;
  if (ok) {
    jac_from_aff(&bases[0], q);
    for (unsigned i = 1; i < nwin; i++) {
      bases[i] = bases[i - 1];
      for (unsigned k = 0; k < w; k++) jac_dbl(&bases[i], &bases[i]);
    }
    ok = batch_to_affine(base_aff, bases, nwin, scratch);
  }
  if (ok) {
    for (unsigned i = 0; i < nwin; i++) {
      jac *row = all + (size_t)i * per;
      jac_from_aff(&row[0], &base_aff[i]);
      for (unsigned d = 1; d < per; d++) jac_madd(&row[d], &row[d - 1], &base_aff[i]);
    }
    ok = batch_to_affine(pts, all, total, scratch);
  }
  free(bases);
  free(base_aff);
  free(all);
  free(scratch);
  if (!ok) {
    free(pts);
    return 0;
  }
  tb->w = w;
  tb->nwin = nwin;
  tb->per = per;
  tb->pts = pts;
  return 1;
}

/* Bits [bit, bit + w) of k (zero above bit 255). */
static unsigned digit(const uint64_t k[4], unsigned bit, unsigned w) {
  unsigned limb = bit / 64, off = bit % 64;
  uint64_t v = k[limb] >> off;
  if (off + w > 64 && limb + 1 < 4) v |= k[limb + 1] << (64 - off);
  return (unsigned)(v & ((1u << w) - 1));
}

/* acc += k * Q, Q given by its table. */
static void table_walk(jac *acc, const table *tb, const uint64_t k[4]) {
  for (unsigned i = 0; i < tb->nwin; i++) {
    unsigned d = digit(k, i * tb->w, tb->w);
    if (d) jac_madd(acc, acc, &tb->pts[(size_t)i * tb->per + d - 1]);
  }
}

/* acc = k * q without a table: 4-bit fixed windows, most significant first. */
static void window_mul(jac *acc, const aff *q, const uint64_t k[4]) {
  jac small[15];
  aff small_aff[15];
  fe scratch[15];
  jac_from_aff(&small[0], q);
  for (int d = 1; d < 15; d++) jac_madd(&small[d], &small[d - 1], q);
  acc->inf = 1;
  if (!batch_to_affine(small_aff, small, 15, scratch)) return; /* d*q != O for d < n: unreachable */
  for (int i = 63; i >= 0; i--) {
    for (int k4 = 0; k4 < 4 && !acc->inf; k4++) jac_dbl(acc, acc);
    unsigned d = digit(k, (unsigned)i * 4, 4);
    if (d) jac_madd(acc, acc, &small_aff[d - 1]);
  }
}

/* Loads x || y (big-endian) as a curve point in Montgomery form; 0 if a coordinate is >= p or it is off the curve. */
static int load_point(aff *out, const uint8_t xy[64]) {
  fe x, y;
  from_be(x.v, xy);
  from_be(y.v, xy + 32);
  if (cmp4(x.v, FP.v) >= 0 || cmp4(y.v, FP.v) >= 0) return 0;
  fe_to_mont(&out->x, &x);
  fe_to_mont(&out->y, &y);
  /* y^2 == x^3 - 3x + b */
  fe lhs, rhs, t;
  fe_sqr(&lhs, &out->y);
  fe_sqr(&rhs, &out->x);
  fe_mul(&rhs, &rhs, &out->x);
  fe_add(&t, &out->x, &out->x);
  fe_add(&t, &t, &out->x);
  fe_sub(&rhs, &rhs, &t);
  fe_add(&rhs, &rhs, &B_M);
  return fe_eq(&lhs, &rhs);
}

static void init_once(void) {
  /* R mod p = 2^256 - p; R^2 mod p by 256 modular doublings of R. */
  static const uint64_t zero[4] = {0, 0, 0, 0};
  sub4(ONE.v, zero, FP.v);
  RR = ONE;
  for (int i = 0; i < 256; i++) fe_add(&RR, &RR, &RR);
  fe b;
  from_be(b.v, CURVE_B);
  fe_to_mont(&B_M, &b);
  aff g;
  INIT_OK = load_point(&g, BASE_XY) && table_build(&G_TABLE, &g, SM2V_G_WINDOW);
}

int sm2v_init(void) {
  pthread_once(&INIT_ONCE, init_once);
  return INIT_OK;
}

sm2_vkey *sm2v_key_new(const uint8_t xy[64]) {
  if (!sm2v_init()) return NULL;
  aff p;
  if (!load_point(&p, xy)) return NULL;
  sm2_vkey *key = calloc(1, sizeof(sm2_vkey));
  if (key) key->P = p;
  return key;
}

int sm2v_key_precompute(sm2_vkey *key) {
  if (key->t.pts) return 1;
  return table_build(&key->t, &key->P, SM2V_KEY_WINDOW);
}

size_t sm2v_key_table_bytes(const sm2_vkey *key) {
  return key->t.pts ? (size_t)key->t.nwin * key->t.per * sizeof(aff) : 0;
}

void sm2v_key_free(sm2_vkey *key) {
  if (!key) return;
  free(key->t.pts);
  free(key);
}

/* a mod n for a < 2^256 (< 2n, so one subtraction at most). */
static void reduce_n(uint64_t a[4]) {
  if (cmp4(a, NN) >= 0) sub4(a, a, NN);
}

/* r = a + b mod n for a, b < n. */
static void add_mod_n(uint64_t r[4], const uint64_t a[4], const uint64_t b[4]) {
  uint64_t t[4], u[4];
  uint64_t carry = add4(t, a, b);
  uint64_t borrow = sub4(u, t, NN);
  memcpy(r, (carry || !borrow) ? u : t, sizeof(t));
}

int sm2v_verify(const sm2_vkey *key, const uint8_t e_be[32], const uint8_t r_be[32], const uint8_t s_be[32]) {
  uint64_t r[4], s[4], t[4], e[4];
  from_be(r, r_be);
  from_be(s, s_be);
  /* B1, B2: r, s in [1, n-1]. */
  if (is_zero4(r) || cmp4(r, NN) >= 0 || is_zero4(s) || cmp4(s, NN) >= 0) return 0;
  /* B5: t = (r + s) mod n, t != 0. */
  add_mod_n(t, r, s);
  if (is_zero4(t)) return 0;
  /* B6: (x1, y1) = s*G + t*P, not the point at infinity. */
  jac acc;
  acc.inf = 1;
  if (key->t.pts) {
    table_walk(&acc, &key->t, t);
  } else {
    window_mul(&acc, &key->P, t);
  }
  table_walk(&acc, &G_TABLE, s);
  if (acc.inf) return 0;
  fe zi, x1;
  fe_inv(&zi, &acc.Z);
  fe_sqr(&zi, &zi);
  fe_mul(&x1, &acc.X, &zi);
  fe_from_mont(&x1, &x1);
  /* B7: R = (e + x1) mod n == r. */
  reduce_n(x1.v);
  from_be(e, e_be);
  reduce_n(e);
  uint64_t R[4];
  add_mod_n(R, e, x1.v);
  return cmp4(R, r) == 0;
}
