/*
 * SM2 signature verification (GB/T 32918.2-2016 §7.1) on the recommended curve (GB/T 32918.5), with field
 * arithmetic specialised for the SM2 prime and precomputed fixed-base tables for G and for each public key.
 * Public data only: not constant-time, but correct for every input (see sm2_verify.c).
 */
#ifndef CROSSGATE_SM2_VERIFY_H
#define CROSSGATE_SM2_VERIFY_H

#include <stddef.h>
#include <stdint.h>

typedef struct sm2_vkey sm2_vkey;

/* Builds the generator table once per process (thread-safe, idempotent). 1 on success. */
int sm2v_init(void);

/* A verification key from the 64-byte x || y (big-endian). NULL when x or y >= p, the point is not on the curve,
 * or memory is short. No table yet. */
sm2_vkey *sm2v_key_new(const uint8_t xy[64]);

/* Builds the key's fixed-base table (idempotent). 1 on success, 0 when memory is short (the key stays usable). */
int sm2v_key_precompute(sm2_vkey *key);

/* Bytes held by the key's table (0 when none). */
size_t sm2v_key_table_bytes(const sm2_vkey *key);

void sm2v_key_free(sm2_vkey *key);

/* GB/T 32918.2 §7.1 B1-B7 for the message representative e (32 bytes, big-endian) and the pair (r, s) (32 bytes
 * each, big-endian): 1 when the signature is valid, 0 otherwise. Uses the key's table when it has one. */
int sm2v_verify(const sm2_vkey *key, const uint8_t e[32], const uint8_t r[32], const uint8_t s[32]);

#endif
