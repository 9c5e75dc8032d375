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
