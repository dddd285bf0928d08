{
  "targets": [
    {
      "target_name": "crossgate_sm2",
      "sources": ["native/crossgate_sm2.c"],
      "cflags": ["-O2", "-Wall", "-Wextra"]
    }
  ]
}
