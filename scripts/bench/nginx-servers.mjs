// nginx in the read phase: deploy/nginx.conf in front of the site's servers (as npm run
// start:cluster runs it), and the baseline for it, nginx serving the review page's bytes and
// headers from a file. Both are stopped by stopAll(), or killed when the benchmark exits.
import { dirname } from "node:path";
import { runNginx, startNginx } from "../nginx.mjs";
import { killGroup } from "../sqld.mjs";
import { PORTS } from "./config.mjs";
import { HOST, logLine, onStopAll, portFree } from "./servers.mjs";
import { BenchError } from "./status.mjs";

/** Headers nginx writes itself, for the file as for a proxied page. */
const OWN_HEADERS = new Set(["server", "content-type", "x-cache-status", "x-request-id", "vary"]);

/** add_header lines for the page's other headers, quoted for nginx (no variables: no `$`). */
function addHeaders(headers) {
  return Object.entries(headers)
    .filter(([name]) => !OWN_HEADERS.has(name))
    .map(([name, value]) => {
      if (value.includes("$"))
        throw new BenchError(`${name} holds a "$", which nginx would expand`);
      return `add_header ${name} "${value.replace(/["\\]/g, "\\$&")}" always;`;
    })
    .join("\n      ");
}

/** nginx answering every request with `file`'s bytes and `headers`: the proxy's baseline. */
export async function startNginxFile(file, headers) {
  await portFree(PORTS.nginxFile);
  const conf = `worker_processes auto;
pid nginx.pid;
events { worker_connections 4096; }
http {
  access_log off;
  server_tokens off;
  sendfile on;
  tcp_nodelay on;
  keepalive_timeout 65s;
  etag off;
  client_body_temp_path temp/client-body;
  proxy_temp_path temp/proxy;
  fastcgi_temp_path temp/fastcgi;
  uwsgi_temp_path temp/uwsgi;
  scgi_temp_path temp/scgi;
  types {}
  default_type "${headers["content-type"]}";
  server {
    listen ${HOST}:${PORTS.nginxFile};
    location / {
      root ${dirname(file)};
      try_files /${file.split("/").at(-1)} =404;
      ${addHeaders(headers)}
    }
  }
}
`;
  const nginx = await runNginx({
    prefix: "data/bench-nginx/file",
    conf,
    url: `http://${HOST}:${PORTS.nginxFile}`,
    log: (line) => logLine("nginx:file", line),
  });
  return stoppedWithTheRest(nginx);
}

/** Its URL; stopped by stopAll(), or killed if the benchmark exits first. */
function stoppedWithTheRest(nginx) {
  const kill = () => killGroup(nginx.child, "SIGKILL");
  process.once("exit", kill);
  onStopAll(async () => {
    process.off("exit", kill);
    await nginx.stop();
  });
  return nginx.url;
}

/** deploy/nginx.conf in front of `bases`, its cache empty. */
export async function startProxy(bases) {
  await portFree(PORTS.proxy);
  const nginx = await startNginx({
    host: HOST,
    port: PORTS.proxy,
    upstreams: bases.map((base) => new URL(base).host),
    prefix: "data/bench-nginx/proxy",
    log: (line) => logLine("nginx:proxy", line),
  });
  return stoppedWithTheRest(nginx);
}
