// npm run bench [-- --cluster] [-- --newsletter-only]: builds into .next-bench when the sources
// changed, serves a fresh copy of the large bench database (data/bench.db, generated first when
// missing), and measures it:
//   reads   autocannon on the main pages (signed out and in), against two baselines measured in
//           the same run: a static Next page and the review page's exact bytes from node:http
//   JS      each public page's first-visit JavaScript, gzipped, against the build's floor
//   writes  1,000 concurrent score and comment writes through the server actions, then checked
//           in the database (stored once, as sent, aggregates equal to a recount)
//   newsletter  an issue queued for the 100,000 bench subscribers (a review put live), then sent by
//           a sender process of its own into a local SMTP sink while the review page is measured
//           again; the send checked in the database and at the sink
//   Lighthouse  desktop and mobile on the home and review pages, when the machine is idle
// It prints each number against its target and writes the tables to bench-results/. Missed
// targets are reported; failed requests or writes that do not verify make it exit with 1.
// The modules live in scripts/bench/; tsx lets them import the app's own constants.
import { register } from "tsx/esm/api";

register();
const { main } = await import("./bench/main.mjs");
process.exit(await main(process.argv.slice(2)));
