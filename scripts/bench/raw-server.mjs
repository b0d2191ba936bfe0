// The raw-bytes baseline: answers every request with one file's bytes and fixed headers.
//   node scripts/bench/raw-server.mjs <port> <file> <headers as JSON>
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

const [port, file, headers] = process.argv.slice(2);
const body = readFileSync(file);
const head = { ...JSON.parse(headers), "content-length": body.length };

createServer((_request, response) => {
  response.writeHead(200, head);
  response.end(body);
}).listen(Number(port), "127.0.0.1");
