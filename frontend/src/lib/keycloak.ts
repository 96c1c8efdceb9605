import Keycloak from 'keycloak-js';
import type { Auth } from '@/lib/auth';
import type { RuntimeConfig } from '@/lib/config';

let keycloak: Keycloak | undefined;

/**
 * Creates the Keycloak adapter and runs the login flow (authorization code + PKCE S256).
 * Call exactly once, before React renders: a second `init` (e.g. from a StrictMode
 * double mount) would start another login round trip. Tokens stay in memory only.
 */
export async function initKeycloak(config: RuntimeConfig, locale: string): Promise<Keycloak> {
  if (keycloak) return keycloak;
  const instance = new Keycloak({
    url: config.keycloakUrl,
    realm: config.realm,
    clientId: config.clientId,
  });
  keycloak = instance;
  await instance.init({
    onLoad: 'login-required',
    pkceMethod: 'S256',
    checkLoginIframe: false,
    locale,
  });
  return instance;
}

/** A fresh access token (refreshed when it expires within 30 s); logs in again when the session is gone. */
export async function getAccessToken(): Promise<string | undefined> {
  if (!keycloak) return undefined;
  try {
    await keycloak.updateToken(30);
  } catch {
    await keycloak.login();
    return undefined;
  }
  return keycloak.token;
}

export function keycloakAuth(instance: Keycloak): Auth {
  const claims = instance.tokenParsed as { name?: string; preferred_username?: string } | undefined;
  return {
    userName: claims?.name || claims?.preferred_username || '',
    login: () => {
      void instance.login();
    },
    logout: () => {
      void instance.logout({ redirectUri: `${window.location.origin}/` });
    },
  };
}
