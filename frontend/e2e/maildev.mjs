// The mail catcher of the test stack (MailDev), read through its REST API: every mail the API and
// Keycloak sent, with subject, recipients, text, headers and attachments.
import assert from 'node:assert/strict';

export const MAILDEV_URL = (process.env.KLIMANETZ_MAILDEV_URL ?? 'http://localhost:1081').replace(/\/$/, '');

/** Every mail MailDev holds, oldest first. */
export async function allMails() {
  const response = await fetch(`${MAILDEV_URL}/api/email`);
  assert.equal(response.status, 200, `MailDev answers at ${MAILDEV_URL}`);
  return response.json();
}

/** The ids of the mails there are now; pass it as `notIn` to wait for a mail that comes after. */
export async function mailboxNow() {
  return new Set((await allMails()).map((mail) => mail.id));
}

const isTo = (mail, address) =>
  (mail.to ?? []).some((to) => to.address.toLowerCase() === address.toLowerCase());

const subjectMatches = (mail, subject) =>
  subject instanceof RegExp ? subject.test(mail.subject ?? '') : mail.subject === subject;

/**
 * Waits until a mail to `to` with `subject` (text or RegExp) arrives that is not in `notIn`, and
 * returns it. The outbox worker looks every few seconds, Keycloak sends at once.
 */
export async function waitForMail({ to, subject, notIn = new Set() }, timeout = 45_000) {
  const deadline = Date.now() + timeout;
  let seen = [];
  while (Date.now() < deadline) {
    seen = await allMails();
    const found = seen.find((mail) => !notIn.has(mail.id) && isTo(mail, to) && subjectMatches(mail, subject));
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  const near = seen.filter((mail) => isTo(mail, to)).map((mail) => mail.subject);
  throw new Error(`no mail "${subject}" to ${to} within ${timeout / 1000} s; mails to ${to}: ${JSON.stringify(near)}`);
}

/** All mails to `to` with `subject` that are not in `notIn` (e.g. to count them). */
export async function mailsTo({ to, subject, notIn = new Set() }) {
  return (await allMails()).filter((mail) => !notIn.has(mail.id) && isTo(mail, to) && subjectMatches(mail, subject));
}

/** The text of an attachment of `mail` of the given content type (e.g. `text/calendar`). */
export async function attachmentText(mail, contentType) {
  const attachment = (mail.attachments ?? []).find((a) => (a.contentType ?? '').startsWith(contentType));
  assert.ok(
    attachment,
    `"${mail.subject}" has a ${contentType} attachment (has: ${JSON.stringify((mail.attachments ?? []).map((a) => a.contentType))})`,
  );
  const url = `${MAILDEV_URL}/api/email/${mail.id}/attachment/${encodeURIComponent(attachment.generatedFileName)}`;
  // MailDev lists a mail before it has written the attachments to disk (a 500 in between): ask again
  const deadline = Date.now() + 10_000;
  let response = await fetch(url);
  while (response.status !== 200 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    response = await fetch(url);
  }
  assert.equal(response.status, 200, `MailDev serves the attachment ${attachment.generatedFileName}`);
  return response.text();
}

/** An iCalendar text with its folded lines (RFC 5545, 3.1) joined again. */
export function unfold(ics) {
  return ics.replace(/\r?\n[ \t]/g, '');
}

/** The value of the first line of `property` (with or without parameters) in `ics`. */
export function icsValue(ics, property) {
  const line = unfold(ics)
    .split(/\r?\n/)
    .find((l) => l.startsWith(`${property}:`) || l.startsWith(`${property};`));
  return line?.slice(line.indexOf(':') + 1);
}

/** The VEVENT blocks of an iCalendar text. */
export function vevents(ics) {
  return [...unfold(ics).matchAll(/BEGIN:VEVENT\r?\n([\s\S]*?)END:VEVENT/g)].map((m) => `BEGIN:VEVENT\r\n${m[1]}END:VEVENT`);
}

/** A header of `mail` as it was sent (from the raw message, unfolded), or undefined. */
export async function header(mail, name) {
  const response = await fetch(`${MAILDEV_URL}/api/email/${mail.id}/source`);
  assert.equal(response.status, 200);
  const head = (await response.text()).split(/\r?\n\r?\n/, 1)[0].replace(/\r?\n[ \t]+/g, ' ');
  const line = head.split(/\r?\n/).find((l) => l.slice(0, l.indexOf(':')).toLowerCase() === name.toLowerCase());
  return line?.slice(line.indexOf(':') + 1).trim();
}

/** The app's unsubscribe page from a mail's text ("Diese Art E-Mail abbestellen: <url>"). */
export function unsubscribePageLink(mail) {
  const match = /(https?:\/\/[^\s<>"]+\/abmelden\/[A-Za-z0-9_.-]+)/.exec(mail.text ?? '');
  assert.ok(match, `"${mail.subject}" links to the unsubscribe page in its text`);
  return match[1];
}
