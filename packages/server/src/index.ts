/**
 * @mingzheng/server — The authoritative server-side check (a fetch-API handler), the rule-set endpoint, IP attribution, the closed-account registry and the `mingzheng` CLI.
 */
export {};
