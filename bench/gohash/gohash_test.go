// Package gohash measures Go's own hashes on bench/pystdlib's 64 KB input,
// without gowsgi: the floor the sha256_64k and md5_64k cases stand on,
// set beside CPython's (OpenSSL's) in bench/RESULTS.md.
package gohash

import (
	"bytes"
	"crypto/md5"
	"crypto/sha256"
	"testing"
)

// data is the cases' b'x' * 65536
var data = bytes.Repeat([]byte("x"), 65536)

func BenchmarkSHA256_64k(b *testing.B) {
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		sha256.Sum256(data)
	}
}

func BenchmarkMD5_64k(b *testing.B) {
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		md5.Sum(data)
	}
}
