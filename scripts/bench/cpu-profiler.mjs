// Preloaded into the site's server by `npm run bench -- --profile` (node --import): the first
// SIGUSR2 starts V8's CPU profiler, the next writes the profile to BENCH_PROFILE_FILE, so that
// it covers exactly what the benchmark measured between the two.
import inspector from "node:inspector";
import { renameSync, writeFileSync } from "node:fs";

const SAMPLING_US = 200;
let session = null;

function stop(running) {
  running.post("Profiler.stop", (error, result) => {
    running.disconnect();
    if (error) return console.error(`✗ The CPU profile could not be taken: ${error.message}`);
    // Written under another name first: the benchmark waits for the file to appear whole.
    const file = process.env.BENCH_PROFILE_FILE;
    writeFileSync(`${file}.part`, JSON.stringify(result.profile));
    renameSync(`${file}.part`, file);
  });
}

process.on("SIGUSR2", () => {
  if (session) {
    stop(session);
    session = null;
    return;
  }
  session = new inspector.Session();
  session.connect();
  session.post("Profiler.enable");
  session.post("Profiler.setSamplingInterval", { interval: SAMPLING_US });
  session.post("Profiler.start");
});
