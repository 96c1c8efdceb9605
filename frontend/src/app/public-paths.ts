/**
 * The addresses that work without a login: a mail's one-click unsubscribe link opens
 * `/abmelden/<token>` in whatever browser the mail program uses. main.tsx checks this before
 * Keycloak is started, so it must stay free of React and of the app's code.
 */
const PUBLIC_PATH = /^\/abmelden\/[^/]+\/?$/;

export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PATH.test(pathname);
}
