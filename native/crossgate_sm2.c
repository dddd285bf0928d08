/*
 * SM2 signature primitives over OpenSSL (the copy Node.js is linked with), for Crossgate's signing module.
 *
 * Node's crypto API cannot set the SM2 distinguishing identifier, so it cannot produce standard GB/T 32918
 * signatures (it hashes with an empty ID). This addon avoids the question: JavaScript computes the message
 * representative e = SM3(Z_A || M) itself, with the standard default ID, and OpenSSL signs or verifies e with the
 * SM2 key (EVP_PKEY_sign / EVP_PKEY_verify on an SM2 key take the digest e as input).
 *
 *   publicKey(spkiDer)          -> handle     (an EVP_PKEY, freed with the handle)
 *   privateKey(pkcs8Der)        -> handle
 *   verify(handle, e, sigDer)   -> boolean    (OpenSSL EVP: the reference verifier)
 *   sign(handle, e)             -> Buffer (DER SEQUENCE { r, s })
 *
 * and the fast verifier of sm2_verify.c (specialised field arithmetic, precomputed tables):
 *
 *   verifierKey(point)          -> handle     (point: 65 bytes 04 || x || y; throws when not on the curve)
 *   precompute(handle)          -> number     (builds the key's table once; returns its size in bytes)
 *   precomputed(handle)         -> boolean
 *   verifyDigest(handle, e, rs) -> boolean    (e: 32 bytes, rs: 64 bytes r || s, all big-endian)
 *
 * Node-API addons are context-aware: the module loads in worker threads too. The generator table is process-wide
 * and built once (pthread_once); key handles belong to the thread that made them and free their table in the
 * finalizer. Handles are type-tagged, so a key of one kind passed to the other's functions is refused.
 */
#define NAPI_VERSION 8
#include <node_api.h>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <string.h>

#include "sm2_verify.h"

#define CHECK(env, call)                                                                                        \
  do {                                                                                                          \
    if ((call) != napi_ok) {                                                                                    \
      napi_throw_error((env), NULL, "crossgate_sm2: N-API call failed: " #call);                                \
      return NULL;                                                                                              \
    }                                                                                                           \
  } while (0)

static const napi_type_tag EVP_KEY_TAG = {0x8b1f2c3d4e5a6978ULL, 0x1c2d3e4f5a6b7c8dULL};
static const napi_type_tag VERIFIER_KEY_TAG = {0x3e7a9c1b5d2f4086ULL, 0x9d8c7b6a5f4e3d2cULL};

static void free_key(napi_env env, void *data, void *hint) {
  (void)env;
  (void)hint;
  EVP_PKEY_free((EVP_PKEY *)data);
}

static int buffer_arg(napi_env env, napi_value value, const unsigned char **data, size_t *length) {
  bool is_buffer = false;
  if (napi_is_buffer(env, value, &is_buffer) != napi_ok || !is_buffer) return 0;
  void *raw = NULL;
  if (napi_get_buffer_info(env, value, &raw, length) != napi_ok) return 0;
  *data = (const unsigned char *)raw;
  return 1;
}

static napi_value wrap_key(napi_env env, EVP_PKEY *key) {
  napi_value handle;
  if (napi_create_external(env, key, free_key, NULL, &handle) != napi_ok) {
    EVP_PKEY_free(key);
    napi_throw_error(env, NULL, "crossgate_sm2: cannot wrap the key");
    return NULL;
  }
  if (napi_type_tag_object(env, handle, &EVP_KEY_TAG) != napi_ok) {
    napi_throw_error(env, NULL, "crossgate_sm2: cannot tag the key");
    return NULL;
  }
  return handle;
}

/* The external's data when `value` is an external carrying `tag`, else NULL. */
static void *unwrap_tagged(napi_env env, napi_value value, const napi_type_tag *tag) {
  napi_valuetype type;
  if (napi_typeof(env, value, &type) != napi_ok || type != napi_external) return NULL;
  bool tagged = false;
  if (napi_check_object_type_tag(env, value, tag, &tagged) != napi_ok || !tagged) return NULL;
  void *data = NULL;
  if (napi_get_value_external(env, value, &data) != napi_ok) return NULL;
  return data;
}

static EVP_PKEY *unwrap_key(napi_env env, napi_value value) { return (EVP_PKEY *)unwrap_tagged(env, value, &EVP_KEY_TAG); }

static napi_value public_key(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  CHECK(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  const unsigned char *der;
  size_t length;
  if (argc < 1 || !buffer_arg(env, argv[0], &der, &length)) {
    napi_throw_type_error(env, NULL, "publicKey(spkiDer: Buffer)");
    return NULL;
  }
  EVP_PKEY *key = d2i_PUBKEY(NULL, &der, (long)length);
  if (key == NULL || !EVP_PKEY_is_a(key, "SM2")) {
    EVP_PKEY_free(key);
    napi_throw_error(env, NULL, "crossgate_sm2: not an SM2 public key");
    return NULL;
  }
  return wrap_key(env, key);
}

static napi_value private_key(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  CHECK(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  const unsigned char *der;
  size_t length;
  if (argc < 1 || !buffer_arg(env, argv[0], &der, &length)) {
    napi_throw_type_error(env, NULL, "privateKey(pkcs8Der: Buffer)");
    return NULL;
  }
  EVP_PKEY *key = d2i_AutoPrivateKey(NULL, &der, (long)length);
  if (key == NULL || !EVP_PKEY_is_a(key, "SM2")) {
    EVP_PKEY_free(key);
    napi_throw_error(env, NULL, "crossgate_sm2: not an SM2 private key");
    return NULL;
  }
  return wrap_key(env, key);
}

static napi_value verify(napi_env env, napi_callback_info info) {
  size_t argc = 3;
  napi_value argv[3];
  CHECK(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  EVP_PKEY *key = argc >= 1 ? unwrap_key(env, argv[0]) : NULL;
  const unsigned char *e, *sig;
  size_t e_len, sig_len;
  if (key == NULL || argc < 3 || !buffer_arg(env, argv[1], &e, &e_len) || !buffer_arg(env, argv[2], &sig, &sig_len)) {
    napi_throw_type_error(env, NULL, "verify(key, e: Buffer, signatureDer: Buffer)");
    return NULL;
  }
  int ok = 0;
  EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new(key, NULL);
  if (ctx != NULL && EVP_PKEY_verify_init(ctx) == 1) ok = EVP_PKEY_verify(ctx, sig, sig_len, e, e_len) == 1;
  EVP_PKEY_CTX_free(ctx);
  napi_value result;
  CHECK(env, napi_get_boolean(env, ok, &result));
  return result;
}

static napi_value sign(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  CHECK(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  EVP_PKEY *key = argc >= 1 ? unwrap_key(env, argv[0]) : NULL;
  const unsigned char *e;
  size_t e_len;
  if (key == NULL || argc < 2 || !buffer_arg(env, argv[1], &e, &e_len)) {
    napi_throw_type_error(env, NULL, "sign(key, e: Buffer)");
    return NULL;
  }
  unsigned char sig[128];
  size_t sig_len = sizeof(sig);
  EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new(key, NULL);
  int ok = ctx != NULL && EVP_PKEY_sign_init(ctx) == 1 && EVP_PKEY_sign(ctx, sig, &sig_len, e, e_len) == 1;
  EVP_PKEY_CTX_free(ctx);
  if (!ok) {
    napi_throw_error(env, NULL, "crossgate_sm2: signing failed");
    return NULL;
  }
  napi_value result;
  CHECK(env, napi_create_buffer_copy(env, sig_len, sig, NULL, &result));
  return result;
}

/* ---- fast verifier ---- */

static void free_verifier_key(napi_env env, void *data, void *hint) {
  (void)hint;
  sm2_vkey *key = (sm2_vkey *)data;
  size_t bytes = sm2v_key_table_bytes(key);
  if (bytes > 0) {
    int64_t ignored;
    napi_adjust_external_memory(env, -(int64_t)bytes, &ignored);
  }
  sm2v_key_free(key);
}

static sm2_vkey *unwrap_verifier_key(napi_env env, napi_value value) {
  return (sm2_vkey *)unwrap_tagged(env, value, &VERIFIER_KEY_TAG);
}

static napi_value verifier_key(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  CHECK(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  const unsigned char *point;
  size_t length;
  if (argc < 1 || !buffer_arg(env, argv[0], &point, &length)) {
    napi_throw_type_error(env, NULL, "verifierKey(point: Buffer)");
    return NULL;
  }
  sm2_vkey *key = length == 65 && point[0] == 0x04 ? sm2v_key_new(point + 1) : NULL;
  if (key == NULL) {
    napi_throw_error(env, NULL, "crossgate_sm2: not an uncompressed point on the SM2 curve");
    return NULL;
  }
  napi_value handle;
  if (napi_create_external(env, key, free_verifier_key, NULL, &handle) != napi_ok) {
    sm2v_key_free(key);
    napi_throw_error(env, NULL, "crossgate_sm2: cannot wrap the key");
    return NULL;
  }
  CHECK(env, napi_type_tag_object(env, handle, &VERIFIER_KEY_TAG));
  return handle;
}

static napi_value precompute(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  CHECK(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  sm2_vkey *key = argc >= 1 ? unwrap_verifier_key(env, argv[0]) : NULL;
  if (key == NULL) {
    napi_throw_type_error(env, NULL, "precompute(verifierKey)");
    return NULL;
  }
  if (sm2v_key_table_bytes(key) == 0) {
    if (!sm2v_key_precompute(key)) {
      napi_throw_error(env, NULL, "crossgate_sm2: out of memory building the table");
      return NULL;
    }
    int64_t ignored;
    CHECK(env, napi_adjust_external_memory(env, (int64_t)sm2v_key_table_bytes(key), &ignored));
  }
  napi_value result;
  CHECK(env, napi_create_double(env, (double)sm2v_key_table_bytes(key), &result));
  return result;
}

static napi_value precomputed(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  CHECK(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  sm2_vkey *key = argc >= 1 ? unwrap_verifier_key(env, argv[0]) : NULL;
  if (key == NULL) {
    napi_throw_type_error(env, NULL, "precomputed(verifierKey)");
    return NULL;
  }
  napi_value result;
  CHECK(env, napi_get_boolean(env, sm2v_key_table_bytes(key) > 0, &result));
  return result;
}

static napi_value verify_digest(napi_env env, napi_callback_info info) {
  size_t argc = 3;
  napi_value argv[3];
  CHECK(env, napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  sm2_vkey *key = argc >= 1 ? unwrap_verifier_key(env, argv[0]) : NULL;
  const unsigned char *e, *rs;
  size_t e_len, rs_len;
  if (key == NULL || argc < 3 || !buffer_arg(env, argv[1], &e, &e_len) || !buffer_arg(env, argv[2], &rs, &rs_len) ||
      e_len != 32 || rs_len != 64) {
    napi_throw_type_error(env, NULL, "verifyDigest(verifierKey, e: 32-byte Buffer, rs: 64-byte Buffer)");
    return NULL;
  }
  napi_value result;
  CHECK(env, napi_get_boolean(env, sm2v_verify(key, e, rs, rs + 32) == 1, &result));
  return result;
}

static napi_value init(napi_env env, napi_value exports) {
  if (!sm2v_init()) {
    napi_throw_error(env, NULL, "crossgate_sm2: cannot build the generator table");
    return NULL;
  }
  napi_property_descriptor props[] = {
      {"publicKey", NULL, public_key, NULL, NULL, NULL, napi_default, NULL},
      {"privateKey", NULL, private_key, NULL, NULL, NULL, napi_default, NULL},
      {"verify", NULL, verify, NULL, NULL, NULL, napi_default, NULL},
      {"sign", NULL, sign, NULL, NULL, NULL, napi_default, NULL},
      {"verifierKey", NULL, verifier_key, NULL, NULL, NULL, napi_default, NULL},
      {"precompute", NULL, precompute, NULL, NULL, NULL, napi_default, NULL},
      {"precomputed", NULL, precomputed, NULL, NULL, NULL, napi_default, NULL},
      {"verifyDigest", NULL, verify_digest, NULL, NULL, NULL, napi_default, NULL},
  };
  CHECK(env, napi_define_properties(env, exports, sizeof(props) / sizeof(props[0]), props));
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, init)
