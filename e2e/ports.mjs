// The browser tests' ports, from E2E_PORT_BASE (default 3100), so two checkouts can run them at once:
// the site on the base, the two-instance cluster on base+1 and base+2, nginx in front of it on
// base+3, the cluster's libSQL server on base+90, a site started from a restored backup on base+96.
const base = Number(process.env.E2E_PORT_BASE || 3100);

export const E2E_PORTS = {
  site: base,
  cluster: [base + 1, base + 2],
  proxy: base + 3,
  sqld: base + 90,
  restored: base + 96,
};
