import { connect } from "../db/client";
import { users } from "../db/schema";
import { hashPassword } from "../lib/auth/password";
import { E2E_DATABASE_URL } from "./config";

let connection: ReturnType<typeof connect> | undefined;

export function e2eDb() {
  connection ??= connect(E2E_DATABASE_URL);
  return connection.db;
}

export type TestReader = {
  id: string;
  name: string;
  handle: string;
  email: string;
  password: string;
};

/** A reader of this test's own, so parallel tests never share comments, scores or rate limits. */
export async function createReader(label = "reader"): Promise<TestReader> {
  const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
  const handle = `${label}_${suffix}`.slice(0, 30);
  const reader = {
    name: `${label[0]!.toUpperCase()}${label.slice(1)} ${suffix.slice(-4)}`,
    handle,
    email: `${handle}@e2e.test`,
    password: "e2e-password-123",
  };
  const [row] = await e2eDb()
    .insert(users)
    .values({ ...reader, passwordHash: await hashPassword(reader.password) })
    .returning({ id: users.id });
  return { id: row!.id, ...reader };
}
