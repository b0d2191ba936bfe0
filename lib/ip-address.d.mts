// Types for lib/ip-address.mjs, plain JavaScript because the site's HTTP server uses it too.
export type Ip = { version: 4 | 6; value: bigint };
export type IpRange = Ip & { bits: number };

export function parseIp(text: string | undefined | null): Ip | null;
export function formatIp(ip: Ip): string;
export function normalizeIp(text: string | undefined | null): string | null;
export function subscriberNetwork(text: string | undefined | null): string | null;
export function parseRange(text: string): IpRange | null;
export function formatRange(range: IpRange): string;
export function inRange(ip: Ip, range: IpRange): boolean;
