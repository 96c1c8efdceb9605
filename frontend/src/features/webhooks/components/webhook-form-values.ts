import {
  ALL_CHANGES,
  CHANGE_TYPES,
  type ChangeType,
  type Webhook,
  type WebhookInput,
} from '@/features/webhooks/api/webhooks';

export type WebhookValues = {
  url: string;
  /** `*`: every change, also types added later. */
  all: boolean;
  types: ChangeType[];
  description: string;
  enabled: boolean;
};

export const WEBHOOK_FIELDS = ['url', 'eventTypes', 'description', 'enabled'] as const;
export type WebhookField = (typeof WEBHOOK_FIELDS)[number];

export const LIMITS = { url: 2000, description: 500 } as const;

/** The error keys (of the `webhooks` namespace) the form may show before sending. */
export type WebhookErrorKey =
  | 'form.errors.urlRequired'
  | 'form.errors.urlInvalid'
  | 'form.errors.urlNotHttps'
  | 'form.errors.tooLong'
  | 'form.errors.eventTypesRequired';

const LOCAL_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

export function toValues(webhook?: Webhook): WebhookValues {
  if (!webhook) return { url: '', all: false, types: [], description: '', enabled: true };
  return {
    url: webhook.url,
    all: webhook.eventTypes.includes(ALL_CHANGES),
    types: CHANGE_TYPES.filter((type) => webhook.eventTypes.includes(type)),
    description: webhook.description ?? '',
    enabled: webhook.enabled,
  };
}

export function toInput(values: WebhookValues): WebhookInput {
  return {
    url: values.url.trim(),
    // in the contract's order, whatever the order of the clicks
    eventTypes: values.all ? [ALL_CHANGES] : CHANGE_TYPES.filter((t) => values.types.includes(t)),
    description: values.description.trim() === '' ? null : values.description.trim(),
    enabled: values.enabled,
  };
}

/**
 * The API's rules that the form can know: an absolute https address (http only to localhost,
 * which only local runs accept; whether a host is public is the API's call), at least one type.
 */
export function validate(values: WebhookValues): Partial<Record<WebhookField, WebhookErrorKey>> {
  const found: Partial<Record<WebhookField, WebhookErrorKey>> = {};
  const url = values.url.trim();
  if (url === '') {
    found.url = 'form.errors.urlRequired';
  } else if (url.length > LIMITS.url) {
    found.url = 'form.errors.tooLong';
  } else {
    let parsed: URL | undefined;
    try {
      parsed = new URL(url);
    } catch {
      parsed = undefined;
    }
    if (!parsed || !parsed.hostname || !/^https?:\/\//i.test(url)) {
      found.url =
        /^[a-z][a-z0-9+.-]*:/i.test(url) && !/^https?:/i.test(url)
          ? 'form.errors.urlNotHttps'
          : 'form.errors.urlInvalid';
    } else if (parsed.protocol === 'http:' && !LOCAL_HOSTS.includes(parsed.hostname)) {
      found.url = 'form.errors.urlNotHttps';
    }
  }
  if (!values.all && values.types.length === 0) found.eventTypes = 'form.errors.eventTypesRequired';
  if (values.description.trim().length > LIMITS.description) {
    found.description = 'form.errors.tooLong';
  }
  return found;
}

/** Where a violation of the API belongs: `url`, `eventTypes` and `eventTypes[2]`, `description`. */
export function fieldOfViolation(path: string | undefined): WebhookField | undefined {
  const name = path
    ?.split('.')
    .pop()
    ?.replace(/\[\d+\]$/, '');
  return WEBHOOK_FIELDS.find((field) => field === name);
}
