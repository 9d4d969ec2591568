import { lookup as dnsLookup } from 'node:dns/promises';
import net from 'node:net';
import { DomainError } from '@posyandu-spm/core';

/**
 * Addresses a webhook may never reach unless the operator allows them (WEBHOOK_ALLOW_PRIVATE_TARGETS):
 * loopback, private, link-local (cloud metadata at 169.254.169.254), carrier-grade NAT, multicast,
 * reserved and unspecified ranges, IPv4 and IPv6, and IPv4 written inside IPv6.
 */
const BLOCKED = new net.BlockList();
for (const [address, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  BLOCKED.addSubnet(address, prefix, 'ipv4');
}
for (const [address, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  BLOCKED.addSubnet(address, prefix, 'ipv6');
}

/** Whether an IP address is in a range a webhook may not reach. */
export function isPrivateAddress(address: string): boolean {
  const family = net.isIP(address);
  if (family === 4) return BLOCKED.check(address, 'ipv4');
  if (family !== 6) return true;
  // ::ffff:10.0.0.1 and the like: the IPv4 address inside decides.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return BLOCKED.check(mapped[1] as string, 'ipv4');
  return BLOCKED.check(address, 'ipv6');
}

export function targetRefused(reason: string): DomainError {
  return new DomainError(
    'WEBHOOK_TARGET_REFUSED',
    {
      id: `Alamat webhook ditolak: ${reason}.`,
      en: `Webhook address refused: ${reason}.`,
    },
    { details: { reason } },
  );
}

export interface TargetPolicy {
  /** The operator's allowance for private, loopback and link-local targets (tests, an intranet). */
  allowPrivate: boolean;
}

/** The URL's shape: http(s), no credentials in it, a host. Throws WEBHOOK_TARGET_REFUSED. */
export function checkUrlShape(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw targetRefused('not a URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw targetRefused('only http and https');
  if (url.username || url.password) throw targetRefused('no credentials in the URL');
  if (!url.hostname) throw targetRefused('no host');
  return url;
}

/**
 * Resolves the host and checks every address it has (an attacker's name may resolve to a public and
 * a private one); returns the addresses to connect to, so the check and the connection use the same
 * answer (no second lookup an attacker could change in between).
 */
export async function resolveTarget(
  url: URL,
  policy: TargetPolicy,
): Promise<Array<{ address: string; family: number }>> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = net.isIP(host)
    ? [{ address: host, family: net.isIP(host) }]
    : await dnsLookup(host, { all: true, verbatim: true }).catch(() => {
        throw targetRefused('the host name does not resolve');
      });
  if (!addresses.length) throw targetRefused('the host name does not resolve');
  if (!policy.allowPrivate) {
    const bad = addresses.find((a) => isPrivateAddress(a.address));
    if (bad) throw targetRefused(`${bad.address} is a private, loopback or link-local address`);
  }
  return addresses;
}
