export type RuntimeConfig = {
  keycloakUrl: string;
  realm: string;
  clientId: string;
};

function isRuntimeConfig(value: unknown): value is RuntimeConfig {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.keycloakUrl === 'string' &&
    typeof v.realm === 'string' &&
    typeof v.clientId === 'string'
  );
}

/** Loads `/config.json` (served per environment) so one build runs everywhere. */
export async function loadRuntimeConfig(): Promise<RuntimeConfig> {
  const response = await fetch('/config.json', { cache: 'no-store' });
  if (!response.ok) {
    throw new Error(`/config.json answered ${response.status}`);
  }
  const json: unknown = await response.json();
  if (!isRuntimeConfig(json)) {
    throw new Error('/config.json lacks keycloakUrl, realm or clientId');
  }
  return json;
}
