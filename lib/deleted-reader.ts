/**
 * The author every kept comment of a deleted account moves to (see db/queries/account.ts): an
 * account row with no email, password or handle, so nobody signs in as it or visits its profile.
 */
export const DELETED_READER = { id: "deleted-reader", name: "deleted reader" } as const;
