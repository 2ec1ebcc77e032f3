/** DNS-rebinding guard: a server bound to loopback answers only requests addressed to a loopback name. */
import { isIP } from 'node:net';
import { LOOPBACK_NAMES } from './defaults.js';

/** True for an address or name that only this machine can reach: 127.0.0.0/8, ::1, localhost. */
export function isLoopbackHost(host: string): boolean {
  const name = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (isIP(name) === 4) return name.startsWith('127.');
  if (isIP(name) === 6) return name === '::1' || name === '0:0:0:0:0:0:0:1' || /^::ffff:127\./.test(name);
  return LOOPBACK_NAMES.includes(name) || name.endsWith('.localhost');
}

/**
 * Whether a request's Host header may reach a loopback-only server. A web page whose domain was re-pointed at
 * 127.0.0.1 (DNS rebinding) sends its own domain as Host and is refused; browsers and tools on this machine send
 * 127.0.0.1, [::1] or localhost. A request without a Host header (HTTP/1.0, not a browser) is let through.
 */
export function isLocalHostHeader(header: string | undefined): boolean {
  if (header === undefined) return true;
  const match = /^(\[[^\]]*\]|[^:]*)(?::\d{1,5})?$/.exec(header.trim());
  return match !== null && isLoopbackHost(match[1]);
}
