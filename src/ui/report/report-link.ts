/**
 * The short visible form of the report's link: the host and path plus the start of the
 * scenario's code ("sim.example/?s=N4IgLgTg…"); the full address stays in the href.
 */
export function shortAddress(href: string, keep = 10): string {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return href.length > 40 ? `${href.slice(0, 40)}…` : href;
  }
  const base = `${url.host}${url.pathname}`;
  const rest = `${url.search}${url.hash}`;
  return rest.length > keep ? `${base}${rest.slice(0, keep)}…` : `${base}${rest}`;
}
