// Whose CPU a measurement had: the machine's busy time (os.cpus) minus what this process and its
// descendants (the servers, sqld, Chromium) used (/proc). What is left is other work on the
// machine, which makes the numbers worse than they are; it is reported, and waited out.
import { readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import { IDLE_WAIT_MS, MAX_ATTEMPTS, MAX_OTHERS } from "./config.mjs";
import { percent } from "./report.mjs";
import { note, progress } from "./status.mjs";

const TICK_MS = 10; // /proc counts CPU time in USER_HZ ticks, 100 a second on Linux

function machineBusyMs() {
  return os.cpus().reduce((sum, { times: t }) => sum + t.user + t.nice + t.sys + t.irq, 0);
}

/** CPU milliseconds (utime + stime) and program name of this process and each live descendant. */
function ownProcesses() {
  const stats = new Map(); // pid -> { ppid, ms, name }
  let pids = [];
  try {
    pids = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return new Map(); // no /proc: nothing is ours, everything counts as others
  }
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const ms = (Number(fields[11]) + Number(fields[12])) * TICK_MS;
      const name = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
      stats.set(Number(pid), { ppid: Number(fields[1]), ms, name });
    } catch {} // it exited meanwhile
  }
  const ours = new Map([[process.pid, stats.get(process.pid) ?? { ms: 0, name: "node" }]]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, stat] of stats) {
      if (!ours.has(pid) && ours.has(stat.ppid)) {
        ours.set(pid, stat);
        grew = true;
      }
    }
  }
  return ours;
}

/**
 * Starts counting; `stop()` gives `others`, the share of the machine (0–1) that other processes
 * used, `serversMs`, the CPU milliseconds this process's descendants (the servers, sqld) used,
 * `benchMs`, this process's own (the load it generates), and `byProgram`, the servers' by
 * program name ("node", "sqld"): what the work measured cost them, which other work on the
 * machine moves less than it moves a rate. Our processes are looked at every 200 ms, so that one
 * that exits meanwhile still counts up to its last look (Chromium's helpers, for one, are reaped
 * by init, never by us).
 */
export function cpuUse() {
  const [busy, started] = [machineBusyMs(), performance.now()];
  const seen = new Map(); // pid -> { first, last, name }, CPU ms
  const look = (atStart = false) => {
    for (const [pid, { ms, name }] of ownProcesses()) {
      const known = seen.get(pid);
      if (known) known.last = ms;
      else seen.set(pid, { first: atStart ? ms : 0, last: ms, name });
    }
  };
  look(true);
  const timer = setInterval(look, 200);
  return {
    stop() {
      clearInterval(timer);
      look();
      let [ownMs, serversMs] = [0, 0];
      const byProgram = {};
      for (const [pid, { first, last, name }] of seen) {
        ownMs += last - first;
        if (pid === process.pid) continue;
        serversMs += last - first;
        byProgram[name] = (byProgram[name] ?? 0) + last - first;
      }
      const capacity = (performance.now() - started) * os.cpus().length;
      const others = Math.min(1, Math.max(0, (machineBusyMs() - busy - ownMs) / capacity));
      return { others, serversMs, benchMs: ownMs - serversMs, byProgram };
    },
  };
}

/** Starts counting; `stop()` gives the share of the machine (0–1) that other processes used. */
export function othersCpu() {
  const use = cpuUse();
  return { stop: () => use.stop().others };
}

/**
 * Waits until other processes use less than `maxShare` of the machine over a second, for at
 * most `timeoutMs`. Resolves with the last share measured.
 */
export async function waitForIdle({ maxShare = 0.1, timeoutMs = 120_000, what = "measuring" }) {
  const started = Date.now();
  for (;;) {
    const window = othersCpu();
    await new Promise((done) => setTimeout(done, 1000));
    const share = window.stop();
    if (share < maxShare) return share;
    const waited = Date.now() - started;
    if (waited >= timeoutMs) {
      note(
        `! Other processes still use ${Math.round(share * 100)}% of the CPU after ${Math.round(waited / 1000)} s; ${what} anyway`,
      );
      return share;
    }
    progress(
      `Waiting for the machine to be idle before ${what}: other processes use ${Math.round(share * 100)}% of the CPU (${Math.round(waited / 1000)} s)`,
    );
  }
}

/**
 * Runs `attempt` and adds `others` (othersCpu) and `attempts` to its result; runs it again once
 * the machine is idle while other processes took more than MAX_OTHERS of the CPU meanwhile.
 */
export async function onQuietMachine(label, attempt) {
  for (let n = 1; ; n++) {
    const cpu = othersCpu();
    const result = await attempt();
    Object.assign(result, { others: cpu.stop(), attempts: n });
    if (result.others <= MAX_OTHERS || n === MAX_ATTEMPTS) return result;
    note(`! ${label}: other processes took ${percent(result.others)} of the CPU; again when idle`);
    await waitForIdle({ what: label, timeoutMs: IDLE_WAIT_MS });
  }
}
