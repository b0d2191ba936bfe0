// Types for e2e/ports.mjs, plain JavaScript because scripts/e2e-servers.mjs uses it too.
export const E2E_PORTS: {
  site: number;
  cluster: [number, number];
  proxy: number;
  sqld: number;
  restored: number;
};
