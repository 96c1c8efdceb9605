#!/usr/bin/env python3
"""The measuring part of `make bench` (scripts/bench.sh starts and stops the stack around it).

  bench.py users    create the burst users in Keycloak (one partial import) and make their logins cheap
  bench.py phase    measure every main read and the registration burst on the data as it is now:
                    wrk at 8 and 32 connections, pgbench on the SQL the endpoint cannot avoid
  bench.py report   the table (Markdown and JSON) of all phases measured in this run

Python's standard library only. Results go to BENCH_OUT (default bench/results/), one JSON file per
phase while running, then bench-<date>.json and .md and the copies latest.json and latest.md.
"""
import argparse
import concurrent.futures
import datetime
import glob
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
NRW = "0f8c3a52-6a0e-4c1f-9d59-2b7f0e5c4a11"
DEMO_ROOM = "3c0e8e5e-2b7a-4f53-9c1d-8a4f6b2d9e10"
BURST_NETWORK = str(uuid.UUID(bytes=bytes.fromhex(__import__("hashlib").md5(b"bench:burst-network").hexdigest())))
DEMO_SUBJECTS = {
    "demo-admin": "5f1d3c52-0a11-4c6e-9a01-000000000001",
    "demo-coordinator": "5f1d3c52-0a11-4c6e-9a01-000000000002",
    "demo-member": "5f1d3c52-0a11-4c6e-9a01-000000000004",
}
BURST_PASSWORD = "Lastprobe-Passwort-2026"


def md5_uuid(text):
    import hashlib
    return str(uuid.UUID(hashlib.md5(text.encode()).hexdigest()))


def log(*parts):
    print("bench:", *parts, file=sys.stderr, flush=True)


# ------------------------------------------------------------------ HTTP and Keycloak
def http(method, url, data=None, headers=None, form=None, timeout=60):
    body = None
    headers = dict(headers or {})
    if form is not None:
        body = urllib.parse.urlencode(form).encode()
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    elif data is not None:
        body = json.dumps(data).encode()
        headers["Content-Type"] = "application/json"
    request = urllib.request.Request(url, data=body, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            raw = response.read()
            return response.status, (json.loads(raw) if raw and raw[:1] in b"[{" else raw.decode(errors="replace"))
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode(errors="replace")
    except TimeoutError:
        return "timeout", None


def settle(api, limit=60):
    """After an endpoint so slow that wrk left requests queued, wait until the API answers promptly again."""
    deadline = time.time() + limit
    while time.time() < deadline:
        started = time.time()
        status, _ = http("GET", api + "/q/health/live", timeout=10)
        if status == 200 and time.time() - started < 0.2:
            return
        time.sleep(1)


def token(kc, username, password):
    status, body = http("POST", f"{kc}/realms/klimanetz/protocol/openid-connect/token",
                        form={"grant_type": "password", "client_id": "klimanetz-cli", "username": username, "password": password})
    if status != 200:
        raise SystemExit(f"no token for {username}: {status} {body}")
    return body["access_token"]


def admin_token(kc):
    status, body = http("POST", f"{kc}/realms/master/protocol/openid-connect/token",
                        form={"grant_type": "password", "client_id": "admin-cli", "username": os.environ.get("KC_BOOTSTRAP_ADMIN_USERNAME", "admin"),
                              "password": os.environ.get("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin")})
    if status != 200:
        raise SystemExit(f"no Keycloak admin token: {status} {body}")
    return body["access_token"]


def burst_username(i):
    return f"lastprobe-{i:03d}"


def cmd_users(args):
    """The burst users with the ids burst.sql expects. Their password hash gets one PBKDF2 round
    (this Keycloak's realm only, a bench database): 500 logins would otherwise cost ~1 min of CPU."""
    kc = args.keycloak
    auth = {"Authorization": "Bearer " + admin_token(kc)}
    status, realm = http("GET", f"{kc}/admin/realms/klimanetz", headers=auth)
    if status != 200:
        raise SystemExit(f"reading the realm failed: {status}")
    policy = realm.get("passwordPolicy") or ""
    if "hashIterations" not in policy:
        policy = (policy + " and " if policy else "") + "hashIterations(1)"
        status, body = http("PUT", f"{kc}/admin/realms/klimanetz", data={"passwordPolicy": policy, "bruteForceProtected": False},
                            headers=auth)
        if status not in (200, 204):
            raise SystemExit(f"setting the bench password policy failed: {status} {body}")
    users = [{
        "id": md5_uuid(f"bench:keycloak-user:{i}"),
        "username": burst_username(i),
        "email": f"{burst_username(i)}@kommune.example",
        "emailVerified": True,
        "firstName": "Lastprobe",
        "lastName": f"{i:03d}",
        "enabled": True,
        "realmRoles": ["member"],
        "credentials": [{"type": "password", "value": BURST_PASSWORD, "temporary": False}],
    } for i in range(1, args.count + 1)]
    status, body = http("POST", f"{kc}/admin/realms/klimanetz/partialImport", data={"ifResourceExists": "SKIP", "users": users},
                        headers=auth, timeout=600)
    if status != 200:
        raise SystemExit(f"creating the burst users failed: {status} {body}")
    log(f"{args.count} burst users in Keycloak ({body.get('added', '?')} added)")


def burst_tokens(kc, count, concurrency=6):
    def one(i):
        return token(kc, burst_username(i), BURST_PASSWORD)
    with concurrent.futures.ThreadPoolExecutor(concurrency) as pool:
        return list(pool.map(one, range(1, count + 1)))


# ------------------------------------------------------------------ PostgreSQL
def psql(db, sql, variables=None):
    command = ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-A", "-t", "-h", db["host"], "-p", str(db["port"]), "-U", db["user"], db["name"]]
    for k, v in (variables or {}).items():
        command += ["-v", f"{k}={v}"]
    result = subprocess.run(command, input=sql, capture_output=True, text=True, env={**os.environ, "PGPASSWORD": db["password"]})
    if result.returncode != 0:
        raise SystemExit(f"psql failed: {result.stderr}")
    return result.stdout.strip()


def held_sessions(db, network, frm, to):
    """The held sessions of a network's rooms in a window, as the attendance report finds them
    (schedule dates up to yesterday, minus cancelled ones): two arrays for pgbench."""
    rows = psql(db, f"""
        select s.room_id, d::date from online_room r join online_room_schedule s on s.room_id = r.id
         cross join lateral generate_series(greatest(s.start_date, date '{frm}'), least(date '{to}', current_date - 1), interval '1 day') d
         where r.network_id = '{network}'
           and s.rrule like 'FREQ=WEEKLY;INTERVAL=2;%'
           and ((d::date - s.start_date) % 14) = 0
           and not exists (select 1 from online_session o where o.room_id = s.room_id and o.session_date = d::date and o.cancelled)
         order by 2, 1""")
    pairs = [line.split("|") for line in rows.splitlines() if line]
    return ("{" + ",".join(p[0] for p in pairs) + "}", "{" + ",".join(p[1] for p in pairs) + "}",
            "{" + ",".join(sorted(p[1] for p in pairs)) + "}")


# ------------------------------------------------------------------ load generators
def cpu_seconds(pid):
    """User and system CPU time of a process (all its threads) so far, in seconds; None without a pid."""
    if not pid:
        return None
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return None


def wrk(url, path, headers, connections, seconds, script="report.lua", env=None, pid=None):
    cpu_before = cpu_seconds(pid)
    command = ["wrk", "-t", str(min(2, connections)), "-c", str(connections), "-d", f"{seconds}s", "--timeout", "10s", "-s", os.path.join(HERE, "wrk", script)]
    for h in headers:
        command += ["-H", h]
    command.append(url + path)
    result = subprocess.run(command, capture_output=True, text=True, env={**os.environ, **(env or {})})
    match = re.search(r"^BENCH_JSON (\{.*\})$", result.stdout, re.M)
    if result.returncode != 0 or not match:
        raise SystemExit(f"wrk failed on {path}: {result.stdout}\n{result.stderr}")
    r = json.loads(match.group(1))
    r["rps"] = r["requests"] / (r["duration_us"] / 1e6)
    cpu_after = cpu_seconds(pid)
    # the API's own CPU per answer: unlike rps, hardly affected by what else runs on the machine
    r["api_cpu_ms"] = (cpu_after - cpu_before) * 1000 / r["requests"] if cpu_before is not None and cpu_after and r["requests"] else None
    return r


def pgbench_script(script, tmp):
    """The script with each '-- include: <file>' line replaced by that file's statement (the API's own SQL)."""
    lines = []
    for line in open(os.path.join(HERE, "pgbench", script)):
        if line.startswith("-- include: "):
            included = open(os.path.join(HERE, "..", line[len("-- include: "):].strip())).read()
            lines.append(included.rstrip().rstrip(";") + ";\n")
        else:
            lines.append(line)
    path = os.path.join(tmp, script)
    with open(path, "w") as f:
        f.write("".join(lines))
    return path


def pgbench(db, script, defines, connections, seconds):
    with tempfile.TemporaryDirectory() as tmp:
        command = ["pgbench", "-n", "-M", "prepared", "-c", str(connections), "-j", "2", "-T", str(seconds),
                   "-f", pgbench_script(script, tmp), "-l", "--log-prefix", os.path.join(tmp, "tx"),
                   "-h", db["host"], "-p", str(db["port"]), "-U", db["user"]]
        for k, v in defines.items():
            command += ["-D", f"{k}={v}"]
        command.append(db["name"])
        result = subprocess.run(command, capture_output=True, text=True, env={**os.environ, "PGPASSWORD": db["password"]})
        if result.returncode != 0:
            raise SystemExit(f"pgbench failed on {script}: {result.stdout}\n{result.stderr}")
        latencies = []
        for file in glob.glob(os.path.join(tmp, "tx*")):
            with open(file) as f:
                for line in f:
                    fields = line.split()
                    if len(fields) >= 3:
                        latencies.append(int(fields[2]))
        tps = float(re.search(r"tps = ([0-9.]+)", result.stdout).group(1))
        failed = re.search(r"number of failed transactions: (\d+)", result.stdout)
    latencies.sort()
    return {"tps": tps, "transactions": len(latencies), "failed": int(failed.group(1)) if failed else 0,
            "p50_us": percentile(latencies, 50), "p99_us": percentile(latencies, 99)}


def percentile(sorted_values, p):
    if not sorted_values:
        return None
    k = max(0, min(len(sorted_values) - 1, round(p / 100 * len(sorted_values)) - 1))
    return sorted_values[k]


def rss_kb(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            status = dict(line.split(":", 1) for line in f if ":" in line)
        return int(status["VmRSS"].split()[0]), int(status["VmHWM"].split()[0])
    except (OSError, KeyError, ValueError):
        return None, None


def loadavg():
    with open("/proc/loadavg") as f:
        return [float(x) for x in f.read().split()[:3]]


# ------------------------------------------------------------------ the endpoints
def endpoints(today):
    two_years_ago = today.replace(year=today.year - 2)
    sessions_from, sessions_to = today - datetime.timedelta(days=30), today + datetime.timedelta(days=60)
    return [
        # key, title, user, path, pgbench script, extra pgbench defines, targets (ratio/p99)
        ("directory-search", "directory search `q=unna`", "demo-member", f"/api/v1/networks/{NRW}/members?q=unna",
         "directory-search.sql", {}, True),
        ("directory", "directory, all, by name", "demo-member", f"/api/v1/networks/{NRW}/members?sort=name",
         "directory.sql", {}, True),
        ("attendance-report", "attendance report, 2 years", "demo-coordinator",
         f"/api/v1/networks/{NRW}/attendance-report?from={two_years_ago}&to={today}", "attendance-report.sql",
         {"from": str(two_years_ago), "to": str(today)}, False),
        ("stats", "network stats", "demo-member", f"/api/v1/networks/{NRW}/stats", "stats.sql", {}, False),
        ("upcoming", "`/me/upcoming`", "demo-member", "/api/v1/me/upcoming", "upcoming.sql",
         {"from": str(today - datetime.timedelta(days=1)), "to": str(today + datetime.timedelta(days=400))}, True),
        ("events", "events, upcoming", "demo-member", f"/api/v1/networks/{NRW}/events?when=upcoming", "events.sql", {}, True),
        ("sessions", "room sessions, 3 months", "demo-member",
         f"/api/v1/online-rooms/{DEMO_ROOM}/sessions?from={sessions_from}&to={sessions_to}", "sessions.sql",
         {"from": str(sessions_from), "to": str(sessions_to)}, True),
        ("memberships", "`/me/memberships`", "demo-member", "/api/v1/me/memberships", "memberships.sql", {}, True),
        ("calendar", "network `calendar.ics`", "demo-member", f"/api/v1/networks/{NRW}/calendar.ics", "calendar.sql",
         {"from": str(today - datetime.timedelta(days=183)), "to": str(today + datetime.timedelta(days=366))}, False),
        ("municipalities", "municipality search `q=unna`", "demo-member", "/api/v1/municipalities?q=unna", "municipalities.sql", {}, False),
    ]


def cmd_phase(args):
    db = {"host": "localhost", "port": args.db_port, "user": "klimanetz", "password": "klimanetz", "name": "klimanetz"}
    api, kc, seconds = args.api, args.keycloak, args.seconds
    today = datetime.date.fromisoformat(psql(db, "select current_date"))
    tokens = {user: token(kc, user, "demo") for user in ("demo-member", "demo-coordinator")}
    participants = {user: psql(db, f"select id from participant where subject = '{DEMO_SUBJECTS[user]}'") for user in tokens}
    counts = psql(db, """select json_build_object('municipalities', (select count(*) from municipality),
        'participants', (select count(*) from participant), 'networks', (select count(*) from network),
        'nrwMembers', (select count(*) from network_membership where network_id = '%s' and state = 'ACTIVE'),
        'attendance', (select count(*) from session_attendance), 'events', (select count(*) from event),
        'registrations', (select count(*) from registration))""" % NRW)
    phase = {"scale": args.scale, "date": str(today), "started": datetime.datetime.now().isoformat(timespec="seconds"),
             "data": json.loads(counts), "load_before": loadavg(), "seconds": seconds, "results": {}}
    log(f"phase {args.scale}: {phase['data']}, load {phase['load_before']}")

    held_rooms, held_dates, held_sorted = held_sessions(db, NRW, today.replace(year=today.year - 2), today)
    # a server in use is warm: one round over every endpoint first, so that the JIT compiler (two
    # threads at most, on a busy machine) has compiled the shared code before anything is measured
    for key, title, user, path, script, extra, targeted in endpoints(today):
        if not args.only or key in args.only.split(","):
            wrk(api, path, [f"Authorization: Bearer {tokens[user]}"], 8, seconds)
    settle(api)
    for key, title, user, path, script, extra, targeted in endpoints(today):
        if args.only and key not in args.only.split(","):
            continue
        headers = [f"Authorization: Bearer {tokens[user]}"]
        if key == "calendar":
            headers.append("Accept: text/calendar")
        # warm up (JIT, caches) with the same load, then measure
        wrk(api, path, headers, 8, max(2, seconds // 2))
        at8 = wrk(api, path, headers, 8, seconds, pid=args.api_pid)
        at32 = wrk(api, path, headers, 32, seconds, pid=args.api_pid)
        defines = {"subject": DEMO_SUBJECTS[user], "participant": participants[user], "network": NRW, "room": DEMO_ROOM,
                   "today": str(today), **extra}
        if key == "attendance-report":
            defines.update({"rooms": held_rooms, "dates": held_dates, "sorted": held_sorted})
        db_at8 = pgbench(db, script, defines, 8, seconds)
        # the report's latency on its own (the target is about one coordinator asking, not eight at once)
        at1 = wrk(api, path, headers, 1, seconds, pid=args.api_pid) if key == "attendance-report" else None
        status, _ = http("GET", api + path, headers=dict(h.split(": ", 1) for h in headers), timeout=30)
        settle(api)
        phase["results"][key] = {"title": title, "path": path, "targeted": targeted, "status": status, "api8": at8, "api32": at32, "api1": at1,
                                 "pgbench8": db_at8, "ratio": at8["rps"] / db_at8["tps"] if db_at8["tps"] else None}
        log(f"  {key:18} {at8['rps']:7.0f} rps p50 {at8['p50_us'] / 1000:6.1f} ms p99 {at8['p99_us'] / 1000:6.1f} ms "
            f"API CPU {cpu_ms(at8.get('api_cpu_ms'))} ms/req | "
            f"c32 p99 {at32['p99_us'] / 1000:6.1f} ms | pgbench {db_at8['tps']:7.0f} tps → ratio {phase['results'][key]['ratio']:.2f}"
            f"  (status {status}, load {loadavg()[0]:.1f})")

    if not args.only or "burst" in args.only.split(","):
        phase["results"]["burst"] = burst(args, db, api, kc, seconds)
    rss, hwm = rss_kb(args.api_pid) if args.api_pid else (None, None)
    phase.update({"api_rss_kb": rss, "api_rss_peak_kb": hwm, "load_after": loadavg(),
                  "finished": datetime.datetime.now().isoformat(timespec="seconds")})
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, f"phase-{args.scale}.json"), "w") as f:
        json.dump(phase, f, indent=1)
    log(f"phase {args.scale} done: API RSS {rss and rss // 1024} MB (peak {hwm and hwm // 1024} MB), load {phase['load_after']}")


def burst(args, db, api, kc, seconds):
    """Registrations of the 500 burst users for four fresh events of 30 seats each, as fast as they come."""
    events = psql(db, open(os.path.join(HERE, "burst.sql")).read(), {"round": args.scale, "users": 500, "events": 4, "capacity": 30})
    events = events.strip().splitlines()[-1]
    pgbench_event = md5_uuid(f"bench:burst-event:{args.scale}:0")
    tokens = burst_tokens(kc, 500)
    with tempfile.NamedTemporaryFile("w", delete=False, suffix=".tokens") as f:
        f.write("\n".join(tokens) + "\n")
        token_file = f.name
    try:
        env = {"BENCH_TOKENS": token_file, "BENCH_EVENTS": events, "BENCH_THREADS": "2"}
        at8 = wrk(api, "/", [], 8, seconds, script="burst.lua", env=env, pid=args.api_pid)
    finally:
        os.unlink(token_file)
    confirmed = psql(db, f"""select string_agg(c::text, ' ') from (select count(*) filter (where status = 'CONFIRMED') c
        from registration where event_id = any(string_to_array('{events}', ',')::uuid[]) group by event_id) x""")
    defines = {"event": pgbench_event, "subject": md5_uuid("bench:keycloak-user:1"), "participant": md5_uuid("bench:burst-participant:1"),
               "network": BURST_NETWORK}
    db_at8 = pgbench(db, "registration.sql", defines, 8, seconds)
    result = {"title": "registration burst (POST)", "path": "/api/v1/events/{id}/registrations", "targeted": False, "api8": at8,
              "api32": None, "pgbench8": db_at8, "ratio": at8["rps"] / db_at8["tps"] if db_at8["tps"] else None,
              "confirmed_per_event": confirmed}
    log(f"  {'burst':18} {at8['rps']:7.0f} rps p50 {at8['p50_us'] / 1000:6.1f} ms p99 {at8['p99_us'] / 1000:6.1f} ms max "
        f"{at8['max_us'] / 1000:6.1f} ms | pgbench {db_at8['tps']:7.0f} tps → ratio {result['ratio']:.2f}; confirmed per event: {confirmed}")
    return result


# ------------------------------------------------------------------ the report
def cpu_ms(value):
    return "–" if value is None else f"{value:.1f}"


def ms(us):
    return "–" if us is None else f"{us / 1000:.1f}"


def cmd_report(args):
    phases = {}
    for scale in ("demo", "germany"):
        path = os.path.join(args.out, f"phase-{scale}.json")
        if os.path.exists(path):
            with open(path) as f:
                phases[scale] = json.load(f)
    extra = {}
    for path in glob.glob(os.path.join(args.out, "extra-*.json")):
        with open(path) as f:
            extra[os.path.basename(path)[6:-5]] = json.load(f)
    if not phases:
        raise SystemExit("no phase measured")
    demo, germany = phases.get("demo"), phases.get("germany")
    main = germany or demo
    lines = [f"# make bench, {main['date']}", ""]
    for scale, p in phases.items():
        lines.append(f"- **{scale}**: {json.dumps(p['data'])}; wrk and pgbench {p['seconds']} s each; load average "
                     f"{p['load_before'][0]:.1f} before, {p['load_after'][0]:.1f} after; API RSS {kb_mb(p.get('api_rss_kb'))} "
                     f"(peak {kb_mb(p.get('api_rss_peak_kb'))})")
    for name, value in sorted(extra.items()):
        lines.append(f"- **{name}**: {value.get('summary', json.dumps(value))}")
    lines += ["", "rps and latencies at 8 connections (p99 also at 32); ratio = API rps / pgbench tps of the SQL the endpoint "
              "cannot avoid; scale ratio = demo rps / Germany rps (target ≤ 1.5); API CPU = the API process's CPU time "
              "per answer at 8 connections (hardly affected by other load on the machine).", ""]
    header = "| read | demo rps | demo p50 / p99 ms | "
    if germany:
        header += ("Germany rps | Germany p50 / p99 ms | p99 at 32 conn. ms | pgbench tps | ratio to pgbench | demo ÷ Germany | "
                   "API CPU ms/req demo / Germany |")
    else:
        header += "p99 at 32 conn. ms | pgbench tps | ratio to pgbench | API CPU ms/req |"
    lines += [header, "|" + " --- |" * (header.count("|") - 1)]
    table = []
    for key, r in main["results"].items():
        d = demo["results"].get(key) if demo else None
        row = {"key": key, "title": r["title"], "targeted": r["targeted"]}
        cells = [r["title"] + (" ◆" if r["targeted"] else "")]
        if d:
            cells += [f"{d['api8']['rps']:.0f}", f"{ms(d['api8']['p50_us'])} / {ms(d['api8']['p99_us'])}"]
            row["demo"] = summary(d)
        else:
            cells += ["–", "–"]
        if germany:
            cells += [f"{r['api8']['rps']:.0f}", f"{ms(r['api8']['p50_us'])} / {ms(r['api8']['p99_us'])}"]
            row["germany"] = summary(r)
        cells += [ms(r["api32"]["p99_us"]) if r.get("api32") else "–", f"{r['pgbench8']['tps']:.0f}",
                  f"{r['ratio']:.2f}" if r["ratio"] else "–"]
        if germany:
            scale_ratio = d["api8"]["rps"] / r["api8"]["rps"] if d and r["api8"]["rps"] else None
            row["demo_over_germany"] = scale_ratio
            cells.append(f"{scale_ratio:.2f}" if scale_ratio else "–")
            cells.append(f"{cpu_ms(d['api8'].get('api_cpu_ms')) if d else '–'} / {cpu_ms(r['api8'].get('api_cpu_ms'))}")
        else:
            cells.append(cpu_ms(r["api8"].get("api_cpu_ms")))
        table.append(row)
        lines.append("| " + " | ".join(cells) + " |")
    lines += ["", "◆ targets: ratio to pgbench ≥ 0.5 and p99 ≤ 20 ms at 32 connections.", ""]
    for scale, p in phases.items():
        single = p["results"].get("attendance-report", {}).get("api1")
        if single:
            lines.append(f"Attendance report ({scale}) at 1 connection: p50 {ms(single['p50_us'])} ms, p99 {ms(single['p99_us'])} ms, "
                         f"{single['rps']:.0f} rps, API CPU {cpu_ms(single.get('api_cpu_ms'))} ms per report.")
    burst_result = main["results"].get("burst")
    if burst_result:
        lines.append(f"Registration burst: confirmed per event (capacity 30): {burst_result.get('confirmed_per_event')}; "
                     f"slowest answer {ms(burst_result['api8']['max_us'])} ms.")
    stamp = datetime.datetime.now().strftime("%Y-%m-%d-%H%M")
    result = {"date": main["date"], "phases": phases, "extra": extra, "table": table}
    for name in (f"bench-{stamp}", "latest"):
        with open(os.path.join(args.out, name + ".json"), "w") as f:
            json.dump(result, f, indent=1)
        with open(os.path.join(args.out, name + ".md"), "w") as f:
            f.write("\n".join(lines) + "\n")
    print("\n".join(lines))


def summary(r):
    return {"rps": round(r["api8"]["rps"], 1), "p50_ms": r["api8"]["p50_us"] / 1000, "p99_ms": r["api8"]["p99_us"] / 1000,
            "p99_at_32_ms": r["api32"]["p99_us"] / 1000 if r.get("api32") else None,
            "pgbench_tps": round(r["pgbench8"]["tps"], 1), "ratio": r["ratio"], "api_cpu_ms_per_request": r["api8"].get("api_cpu_ms")}


def kb_mb(kb):
    return "–" if kb is None else f"{kb // 1024} MB"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    users = sub.add_parser("users")
    users.add_argument("--keycloak", required=True)
    users.add_argument("--count", type=int, default=500)
    phase = sub.add_parser("phase")
    phase.add_argument("--scale", required=True)
    phase.add_argument("--api", required=True)
    phase.add_argument("--api-pid", type=int)
    phase.add_argument("--keycloak", required=True)
    phase.add_argument("--db-port", type=int, required=True)
    phase.add_argument("--seconds", type=int, default=5)
    phase.add_argument("--only", help="comma-separated endpoint keys (for trying one)")
    for p in (phase, sub.add_parser("report")):
        p.add_argument("--out", default=os.environ.get("BENCH_OUT", os.path.join(HERE, "results")))
    args = parser.parse_args()
    {"users": cmd_users, "phase": cmd_phase, "report": cmd_report}[args.command](args)


if __name__ == "__main__":
    main()
