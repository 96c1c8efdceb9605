import Keycloak from 'keycloak-js';
import type { Auth } from '@/lib/auth';
import type { RuntimeConfig } from '@/lib/config';

let keycloak: Keycloak | undefined;
let loginLocale: string | undefined;

const RETURN_TO_KEY = 'klimanetz.returnTo';

/**
 * Keycloak only accepts one exact redirect URI per origin (no wildcards), so every login
 * returns to the root; the page the user wanted is kept in sessionStorage meanwhile.
 */
function callbackUrl(): string {
  return `${window.location.origin}/`;
}

function rememberCurrentPage(): void {
  const { pathname, search, hash } = window.location;
  sessionStorage.setItem(RETURN_TO_KEY, `${pathname}${search}${hash}`);
}

function restoreRememberedPage(): void {
  const target = sessionStorage.getItem(RETURN_TO_KEY);
  sessionStorage.removeItem(RETURN_TO_KEY);
  // Same-origin paths only: never let a stored value send the user elsewhere.
  if (target && target.startsWith('/') && !target.startsWith('//')) {
    window.history.replaceState(null, '', target);
  }
}

function startLogin(instance: Keycloak): Promise<void> {
  rememberCurrentPage();
  return instance.login({ redirectUri: callbackUrl(), locale: loginLocale });
}

/**
 * Creates the Keycloak adapter and signs in (authorization code + PKCE S256). With a live
 * Keycloak session this happens in a hidden iframe (`check-sso` on /silent-check-sso.html), so the
 * app loads once; only without a session does the browser go to the login page and back.
 * Call exactly once, before React renders: a second `init` (e.g. from a StrictMode double mount)
 * would start another round trip. Tokens stay in memory only.
 * Resolves only when signed in; otherwise the browser is on its way to the login page.
 */
export async function initKeycloak(config: RuntimeConfig, locale: string): Promise<Keycloak> {
  if (keycloak) return keycloak;
  const instance = new Keycloak({
    url: config.keycloakUrl,
    realm: config.realm,
    clientId: config.clientId,
  });
  keycloak = instance;
  loginLocale = locale;
  const authenticated = await instance.init({
    onLoad: 'check-sso',
    silentCheckSsoRedirectUri: `${window.location.origin}/silent-check-sso.html`,
    pkceMethod: 'S256',
    checkLoginIframe: false,
    redirectUri: callbackUrl(),
  });
  if (!authenticated) {
    await startLogin(instance);
    return new Promise<Keycloak>(() => {});
  }
  restoreRememberedPage();
  return instance;
}

/** A fresh access token (refreshed when it expires within 30 s); logs in again when the session is gone. */
export async function getAccessToken(): Promise<string | undefined> {
  if (!keycloak) return undefined;
  try {
    await keycloak.updateToken(30);
  } catch {
    await startLogin(keycloak);
    return undefined;
  }
  return keycloak.token;
}

export function keycloakAuth(instance: Keycloak): Auth {
  const claims = instance.tokenParsed as
    { name?: string; preferred_username?: string; realm_access?: { roles?: string[] } } | undefined;
  return {
    userName: claims?.name || claims?.preferred_username || '',
    roles: claims?.realm_access?.roles ?? [],
    login: () => {
      void startLogin(instance);
    },
    logout: () => {
      void instance.logout({ redirectUri: callbackUrl() });
    },
  };
}
