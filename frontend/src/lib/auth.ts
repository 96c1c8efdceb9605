import { createContext, useContext } from 'react';

/** What the UI needs from the signed-in session; backed by keycloak-js in the app, by a stub in tests. */
export type Auth = {
  userName: string;
  /** Realm roles from the token (`realm_access.roles`), e.g. `admin`; the API stays the judge. */
  roles: readonly string[];
  /** Starts a new Keycloak login (e.g. after the API answered 401). */
  login: () => void;
  /** Ends the Keycloak session (not just the local one) and returns to the app. */
  logout: () => void;
};

export const AuthContext = createContext<Auth | null>(null);

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth needs an AuthContext provider');
  return auth;
}

/**
 * Nobody signed in, on the pages that need no login: "sign in again" after a 401 opens the app's
 * start page, which signs in.
 */
export const anonymousAuth: Auth = {
  userName: '',
  roles: [],
  login: () => window.location.assign('/'),
  logout: () => window.location.assign('/'),
};
