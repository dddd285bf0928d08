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
 *   verify(handle, e, sigDer)   -> boolean
 *   sign(handle, e)             -> Buffer (DER SEQUENCE { r, s })
 */
#define NAPI_VERSION 8
#include <node_api.h>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <string.h>

#define CHECK(env, call)                                                                                        \
  do {                                                                                                          \
    if ((call) != napi_ok) {                                                                                    \
      napi_throw_error((env), NULL, "crossgate_sm2: N-API call failed: " #call);                                \
      return NULL;                                                                                              \
    }                                                                                                           \
  } while (0)

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
  return handle;
}

static EVP_PKEY *unwrap_key(napi_env env, napi_value value) {
  void *data = NULL;
  if (napi_get_value_external(env, value, &data) != napi_ok) return NULL;
  return (EVP_PKEY *)data;
}

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

static napi_value init(napi_env env, napi_value exports) {
  napi_property_descriptor props[] = {
      {"publicKey", NULL, public_key, NULL, NULL, NULL, napi_default, NULL},
      {"privateKey", NULL, private_key, NULL, NULL, NULL, napi_default, NULL},
      {"verify", NULL, verify, NULL, NULL, NULL, napi_default, NULL},
      {"sign", NULL, sign, NULL, NULL, NULL, napi_default, NULL},
  };
  CHECK(env, napi_define_properties(env, exports, sizeof(props) / sizeof(props[0]), props));
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, init)
