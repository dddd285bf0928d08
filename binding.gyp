{
  "targets": [
    {
      "target_name": "crossgate_sm2",
      "sources": ["native/crossgate_sm2.c", "native/sm2_verify.c"],
      "cflags": ["-O3", "-Wall", "-Wextra"]
    }
  ]
}
