export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;
/** An admin's password (npm run user:admin, ADMIN_PASSWORD) is longer, and checked further. */
export const ADMIN_MIN_PASSWORD_LENGTH = 12;
