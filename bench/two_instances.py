#!/usr/bin/env python3
"""The check of scripts/two-instances.sh: two API instances behind HAProxy on one PostgreSQL.

A burst of 500 registrations (500 people, one request each, all at once) for an event of 30 seats,
sent through the load balancer to both instances:
  - every request is answered (201) within 2 s;
  - exactly 30 registrations are confirmed, and they are the first 30 in order of arrival; the
    other 470 wait, with positions 1..470 in order of arrival (FIFO);
  - both instances answered part of the burst;
  - work that must happen once happens once: each person gets one registration mail, each of the 30
    confirmed one reminder (the event starts within the reminder lead, both instances' reminder
    jobs run every few seconds), and the mail catcher receives each queued mail exactly once.
Prints a summary and one JSON line; exits non-zero when a check fails. Standard library only.
"""
import argparse
import collections
import concurrent.futures
import json
import os
import sys
import time
import urllib.error
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench  # noqa: E402

USERS = 500
SEATS = 30


def post(url, token):
    request = urllib.request.Request(url, data=b"{}", method="POST",
                                     headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    started = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            response.read()
            status, served_by = response.status, response.headers.get("X-Served-By")
    except urllib.error.HTTPError as e:
        status, served_by = e.code, e.headers.get("X-Served-By")
    except OSError as e:
        status, served_by = f"error: {e}", None
    return status, time.monotonic() - started, served_by


def wait_for(what, check, timeout):
    deadline = time.time() + timeout
    while time.time() < deadline:
        value = check()
        if value:
            return value
        time.sleep(1)
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lb", required=True, help="the load balancer's base URL")
    parser.add_argument("--keycloak", required=True)
    parser.add_argument("--db-port", type=int, required=True)
    parser.add_argument("--maildev", required=True, help="MailDev's web base URL")
    args = parser.parse_args()
    db = {"host": "localhost", "port": args.db_port, "user": "klimanetz", "password": "klimanetz", "name": "klimanetz"}

    # the burst users' network and an event of 30 seats that starts within the reminder lead (24 h)
    bench.psql(db, open(os.path.join(bench.HERE, "burst.sql")).read(), {"round": "two-instances", "users": USERS, "events": 1, "capacity": SEATS})
    event = bench.md5_uuid("bench:two-instances-event")
    bench.psql(db, f"""
        insert into event (id, network_id, title, status, starts_at, ends_at, venue_name, venue_city, capacity, materials,
                           created_at, updated_at, version)
        values ('{event}', '{bench.BURST_NETWORK}', 'Zwei Instanzen', 'PUBLISHED', now() + interval '20 hours',
                now() + interval '26 hours', 'Rathaus', 'Unna', {SEATS}, '[]', now(), now(), 0)
        on conflict (id) do nothing""")
    bench.log(f"getting {USERS} tokens from Keycloak ...")
    tokens = bench.burst_tokens(args.keycloak, USERS)

    url = f"{args.lb}/api/v1/events/{event}/registrations"
    bench.log(f"burst: {USERS} registrations for {SEATS} seats through {args.lb} ...")
    started = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(100) as pool:
        answers = list(pool.map(lambda t: post(url, t), tokens))
    burst_seconds = time.monotonic() - started

    failures = []
    statuses = collections.Counter(str(a[0]) for a in answers)
    slowest = max(a[1] for a in answers)
    served = collections.Counter(a[2] for a in answers)
    if statuses != {"201": USERS}:
        failures.append(f"answers: {dict(statuses)} (expected {USERS} x 201)")
    if slowest > 2.0:
        failures.append(f"slowest answer {slowest:.2f} s (at most 2 s)")
    if len([k for k in served if k]) < 2:
        failures.append(f"served by {dict(served)} (expected both instances)")

    rows = bench.psql(db, f"""select status, arrival from registration where event_id = '{event}' and status <> 'CANCELLED'
                              order by arrival""").splitlines()
    order = [r.split("|")[0] for r in rows]
    if len(order) != USERS:
        failures.append(f"{len(order)} registrations stored (expected {USERS})")
    if order != ["CONFIRMED"] * SEATS + ["WAITLISTED"] * (len(order) - SEATS):
        failures.append(f"not first come, first served: {collections.Counter(order[:SEATS])} among the first {SEATS} arrivals, "
                        f"{collections.Counter(order)} in all")

    # each person's own view through the load balancer: the waitlist positions follow the arrival order
    positions = {}
    by_participant = bench.psql(db, f"""select p.subject, r.arrival from registration r join participant p on p.id = r.participant_id
                                        where r.event_id = '{event}' and r.status = 'WAITLISTED' order by r.arrival""").splitlines()
    subject_rank = {line.split("|")[0]: i + 1 for i, line in enumerate(by_participant)}
    token_of = {bench.md5_uuid(f"bench:keycloak-user:{i}"): tokens[i - 1] for i in range(1, USERS + 1)}
    sample = list(subject_rank.items())[:5] + list(subject_rank.items())[-5:]
    for subject, rank in sample:
        status, body = bench.http("GET", f"{args.lb}/api/v1/events/{event}/registrations/me",
                                  headers={"Authorization": "Bearer " + token_of[subject]})
        positions[rank] = body.get("waitlistPosition") if status == 200 and isinstance(body, dict) else status
    if any(rank != position for rank, position in positions.items()):
        failures.append(f"waitlist positions (rank by arrival -> shown): {positions}")

    # mails: queued once per person and kind, delivered once, whatever instance's worker sends them
    def mails_settled():
        counts = bench.psql(db, f"""select kind || ':' || status || ':' || count(*) from mail_outbox
                                    where network_id = '{bench.BURST_NETWORK}' group by kind, status order by 1""").splitlines()
        reminders = sum(int(c.split(":")[2]) for c in counts if c.startswith("EVENT_REMINDER:"))
        queued = sum(int(c.split(":")[2]) for c in counts if ":QUEUED:" in c)
        return counts if reminders >= SEATS and queued == 0 else None
    bench.log("waiting for the reminders and for every mail to be sent ...")
    settled = wait_for("mails", mails_settled, 240)
    per_person = bench.psql(db, f"""select count(*) filter (where n <> 1) from (select participant_id, kind, count(*) n from mail_outbox
                                     where network_id = '{bench.BURST_NETWORK}' and kind in ('REGISTRATION', 'EVENT_REMINDER')
                                     group by participant_id, kind) x""")
    outbox = bench.psql(db, f"""select count(*) filter (where kind = 'REGISTRATION'), count(*) filter (where kind = 'EVENT_REMINDER'),
                                       count(*) filter (where status = 'SENT'), count(*)
                                  from mail_outbox where network_id = '{bench.BURST_NETWORK}'""").split("|")
    registration_mails, reminder_mails, sent, queued_total = (int(x) for x in outbox)
    status, inbox = bench.http("GET", f"{args.maildev}/api/email", timeout=120)
    delivered = collections.Counter()
    if status == 200 and isinstance(inbox, list):
        for mail in inbox:
            to = ",".join(sorted(t.get("address", "") for t in mail.get("to", [])))
            if "lastprobe-" in to:
                delivered[(to, mail.get("subject"))] += 1
    duplicates = {k: v for k, v in delivered.items() if v > 1}
    if not settled:
        failures.append("the mails did not all go out within 4 minutes")
    if registration_mails != USERS or reminder_mails != SEATS or per_person != "0":
        failures.append(f"mails queued: {registration_mails} registration mails (expected {USERS}), {reminder_mails} reminders "
                        f"(expected {SEATS}), {per_person} people with more than one of a kind")
    if sent != queued_total or sum(delivered.values()) != sent or duplicates:
        failures.append(f"mails sent: {sent} of {queued_total} marked sent, {sum(delivered.values())} in the mail catcher, "
                        f"{len(duplicates)} delivered more than once")

    latencies = sorted(a[1] for a in answers)
    summary = {"requests": len(answers), "statuses": dict(statuses), "burst_seconds": round(burst_seconds, 2),
               "p50_ms": round(latencies[len(latencies) // 2] * 1000, 1), "max_ms": round(slowest * 1000, 1),
               "served_by": {str(k): v for k, v in served.items()}, "confirmed": order.count("CONFIRMED"),
               "waitlisted": order.count("WAITLISTED"), "positions_checked": positions,
               "registration_mails": registration_mails, "reminders": reminder_mails, "mails_sent": sent,
               "mails_delivered": sum(delivered.values()), "failures": failures}
    print(f"two instances: {USERS} registrations in {burst_seconds:.1f} s, served by {dict(served)}; slowest {slowest * 1000:.0f} ms, "
          f"p50 {summary['p50_ms']} ms; {summary['confirmed']} confirmed, {summary['waitlisted']} waiting in arrival order; "
          f"{registration_mails} registration mails and {reminder_mails} reminders queued, {sent} sent, "
          f"{sum(delivered.values())} delivered")
    print("TWO_INSTANCES_JSON " + json.dumps(summary))
    for failure in failures:
        print("FAILED: " + failure)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
