/* global parent, location -- a plain script in the framed page, not a module of the app */
// Only to the app's own origin: the answer holds the authorization code (useless without the
// PKCE verifier, which stays in the app's memory).
parent.postMessage(location.href, location.origin);
