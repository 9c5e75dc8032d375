// The Node flags the built server runs with: `npm start` (tools/scripts/start.mjs), the documented production start
// (docs/deployment.md), the benchmarks (tools/bench/bench-server.mjs) and the tests that start the built server all
// take them from here, so what is measured is what runs. Why these (docs/performance.md, "Server memory"): under
// thousands of requests per second V8 lets its old generation grow to about four times what is alive before it
// collects, and keeps two 16 MB halves of the young generation.
//   --heap-growing-percent=50  collect the old generation once it has grown by half of what was alive after the
//                              last collection (a soft bound: a large import or export still gets the memory it needs)
//   --max-semi-space-size=8    young generation of 2 × 8 MB instead of 2 × 16 MB
// V8 refuses `--heap-growing-percent` in NODE_OPTIONS: the flags go on the command line.
exports.SERVER_NODE_FLAGS = ['--max-semi-space-size=8', '--heap-growing-percent=50'];

// The C library's allocator settings, read by glibc when the process starts (so they go into its environment; a
// value set by whoever starts the server wins). Buffers and native memory are taken with malloc: by default glibc
// raises its threshold for giving memory its own mapping after each large block freed, so after one export or
// report the next large blocks came from the main heap, were freed there and never returned — the server's resident
// memory grew by 50 to 90 MB with each long request (docs/performance.md, "Server memory").
//   MALLOC_MMAP_THRESHOLD_=131072  blocks of 128 kB and more get their own mapping, returned when freed
//   MALLOC_TRIM_THRESHOLD_=131072  free memory at the heap's top is returned once 128 kB have gathered
//   MALLOC_ARENA_MAX=2             two allocation arenas instead of eight per core for the thread pool's threads
exports.SERVER_ENVIRONMENT = {
  MALLOC_MMAP_THRESHOLD_: '131072',
  MALLOC_TRIM_THRESHOLD_: '131072',
  MALLOC_ARENA_MAX: '2',
};
