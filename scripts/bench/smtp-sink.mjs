// The benchmark's local SMTP sink: `node smtp-sink.mjs <port>` accepts every message on
// 127.0.0.1:<port> (smtp-server, from the nodemailer project, as in the tests), reads it to its end
// and discards it. It prints "listening", then "received <recipients>" whenever the count moved.
import { SMTPServer } from "smtp-server";

const port = Number(process.argv[2]);
let received = 0;
let printed = 0;

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  onData(stream, session, callback) {
    stream.on("end", () => {
      received += session.envelope.rcptTo.length;
      callback();
    });
    stream.resume();
  },
});
server.on("error", (error) => console.error(`smtp-sink: ${error.message}`));
server.listen(port, "127.0.0.1", () => console.log("listening"));

setInterval(() => {
  if (received === printed) return;
  printed = received;
  console.log(`received ${received}`);
}, 100);
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.once(signal, () => server.close(() => process.exit(0)));
}
