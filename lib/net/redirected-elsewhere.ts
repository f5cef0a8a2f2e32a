/**
 * The origin a response came from when it is not the one asked: a redirect to
 * another host would load that host's data while the settings show the
 * address the user gave (and granted access to). The one redirect allowed
 * across origins is the same host's switch from http to https.
 */
export function redirectedElsewhere(asked: URL, responseUrl: string): string | undefined {
  // Empty for responses made up in code (tests, polyfills): nothing was redirected.
  if (!responseUrl) return undefined;
  let landed: URL;
  try {
    landed = new URL(responseUrl);
  } catch {
    return responseUrl;
  }
  if (landed.origin === asked.origin) return undefined;
  const upgraded = asked.protocol === 'http:' && landed.protocol === 'https:' && landed.hostname === asked.hostname;
  return upgraded ? undefined : landed.origin;
}
