// Runs deploy/nginx.conf in front of the instances: the file's two placeholders filled in
// (${LISTEN}, ${INSTANCES}), nginx started in the foreground with its pid, logs, temp files and
// cache under a prefix of its own (data/nginx/<port>/ by default), never as the system's service.
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureNginx } from "./ensure-nginx.mjs";
import { assertPortFree, forEachLine, stopChild, waitForHttp } from "./sqld.mjs";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
export const NGINX_TEMPLATE = join(root, "deploy", "nginx.conf");

/** deploy/nginx.conf with nginx on `host:port` and `upstreams` ("host:port" each) behind it. */
export function renderNginxConf({ host, port, upstreams, template = NGINX_TEMPLATE }) {
  const values = {
    LISTEN: `${host}:${port}`,
    INSTANCES: upstreams
      .map((upstream) => `server ${upstream} max_fails=1 fail_timeout=5s;`)
      .join(" "),
  };
  return readFileSync(template, "utf8").replace(/\$\{([A-Z_]+)\}/g, (placeholder, name) => {
    if (!(name in values))
      throw new Error(`${template} has a placeholder nobody fills: ${placeholder}`);
    return values[name];
  });
}

/**
 * Runs nginx with the configuration `conf` (text) written into `prefix` (emptied first, relative
 * paths in `conf` under it), and resolves once `url` answers: { url, child, stop }. `log`
 * receives each line nginx writes (its errors go to stderr); `onSpawn` the child process as soon
 * as it runs.
 */
export async function runNginx({ prefix, conf, url, log, onSpawn }) {
  const binary = ensureNginx({ log });
  const dir = resolve(root, prefix);
  rmSync(dir, { recursive: true, force: true });
  for (const sub of ["logs", "temp"]) mkdirSync(join(dir, sub), { recursive: true });
  const file = join(dir, "nginx.conf");
  writeFileSync(file, conf);
  const args = [
    "-p",
    `${dir}/`,
    "-c",
    file,
    "-e",
    "stderr",
    "-g",
    "daemon off; master_process on;",
  ];
  const child = spawn(binary, args, { detached: true, stdio: ["ignore", "pipe", "pipe"] });
  forEachLine(child, log);
  onSpawn?.(child);
  try {
    await waitForHttp(url, { child, timeoutMs: 30_000 });
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  return { url, child, stop: () => stopChild(child) };
}

/**
 * deploy/nginx.conf on `host:port` in front of `upstreams`, its files (and its cache, emptied) in
 * `prefix`: see runNginx.
 */
export async function startNginx({
  host = "127.0.0.1",
  port,
  upstreams,
  prefix = `data/nginx/${port}`,
  log = (line) => console.log(`[nginx] ${line}`),
  onSpawn,
}) {
  await assertPortFree(port, host);
  const conf = renderNginxConf({ host, port, upstreams });
  return runNginx({ prefix, conf, url: `http://${host}:${port}`, log, onSpawn });
}
