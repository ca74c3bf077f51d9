// Command rawfasthttp answers "Hello, world!" to every request with fasthttp
// and no Python: the physical limit in bench/RESULTS.md.
package main

import (
	"flag"
	"log"

	"github.com/valyala/fasthttp"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:8100", "listen address")
	flag.Parse()
	hello := []byte("Hello, world!")
	log.Fatal(fasthttp.ListenAndServe(*addr, func(ctx *fasthttp.RequestCtx) {
		ctx.SetContentType("text/plain")
		ctx.SetBody(hello)
	}))
}
