// Which X-Forwarded-For hops express believes when it names the client address (req.ip), which every
// per-address limit keys on. Off by default: a header any caller can write must not pick its own budget.

export type TrustProxy = boolean | number | string;

/** TRUST_PROXY as express's "trust proxy": unset or false: off; a hop count; true (every hop); or addresses, CIDRs, 'loopback' … */
export function trustProxySetting(raw: string | undefined): TrustProxy {
  const value = raw?.trim();
  if (!value || /^false$/i.test(value)) return false;
  if (/^true$/i.test(value)) return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}
