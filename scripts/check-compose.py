#!/usr/bin/env python3
"""Keeps docker-compose.yml consistent with the local stack of `make run` (scripts/lib.sh).

No Docker engine runs on the build machines, so this test compares the compose file with the
configuration the launcher scripts really use (read from scripts/lib.sh, not copied):
services, images and versions, published ports, environment variable names (and the values that
must agree), the realm import path, health checks and start-up order.
"""
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

try:
    import yaml
except ImportError:
    sys.exit("check-compose: PyYAML is missing: apt-get install python3-yaml (or pip install pyyaml)")

errors = []


def check(cond, msg):
    if not cond:
        errors.append(msg)


def local_stack():
    env = {"PATH": os.environ["PATH"], "HOME": os.environ.get("HOME", "/tmp")}
    out = subprocess.run(["bash", "-c", f'source "{ROOT}/scripts/lib.sh"; describe_run_stack'],
                         env=env, check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def published(service):
    """{container_port: host_port} of a service's port list."""
    result = {}
    for p in service.get("ports", []):
        if isinstance(p, dict):
            result[int(p["target"])] = int(p["published"])
        else:
            parts = str(p).split(":")
            result[int(parts[-1].split("/")[0])] = int(parts[-2])
    return result


def environment(service):
    env = service.get("environment", {})
    if isinstance(env, list):
        env = dict(e.split("=", 1) if "=" in e else (e, None) for e in env)
    return {k: (None if v is None else str(v)) for k, v in env.items()}


def command(service):
    c = service.get("command", [])
    return c.split() if isinstance(c, str) else [str(x) for x in c]


def depends(service):
    d = service.get("depends_on", {})
    return {k: "service_started" for k in d} if isinstance(d, list) else {k: v.get("condition") for k, v in d.items()}


def main():
    local = local_stack()
    with open(os.path.join(ROOT, "docker-compose.yml"), encoding="utf-8") as f:
        compose = yaml.safe_load(f)
    services = compose.get("services", {})
    ports = local["ports"]

    check(set(services) == {"postgres", "keycloak", "api", "spa", "maildev"},
          f"services are {sorted(services)}, expected postgres, keycloak, api, spa, maildev")
    if errors:
        return

    pg, kc, api, spa, mail = (services[n] for n in ("postgres", "keycloak", "api", "spa", "maildev"))

    # images and versions
    pg_major = local["postgres_version"].split(".")[0]
    check(pg.get("image") == f"postgres:{pg_major}", f"postgres image {pg.get('image')}, make run uses PostgreSQL {pg_major}")
    check(kc.get("image") == f"quay.io/keycloak/keycloak:{local['keycloak_version']}",
          f"keycloak image {kc.get('image')}, make run uses Keycloak {local['keycloak_version']}")
    for name, svc, dockerfile in (("api", api, "backend/Dockerfile"), ("spa", spa, "frontend/Dockerfile")):
        build = svc.get("build", {})
        ctx = os.path.normpath(os.path.join(ROOT, build.get("context", ".")))
        path = os.path.normpath(os.path.join(ctx, build.get("dockerfile", "Dockerfile")))
        check(path == os.path.join(ROOT, dockerfile), f"{name} is built from {path}, expected {dockerfile}")
        check(os.path.isfile(path), f"{dockerfile} does not exist")

    # published ports = the ports of make run
    check(5432 in published(pg) and published(pg)[5432] == ports["postgres"],
          f"postgres publishes {published(pg)}, make run uses {ports['postgres']}")
    kc_cmd = command(kc)
    check("start-dev" in kc_cmd and "--import-realm" in kc_cmd, f"keycloak command {kc_cmd} lacks start-dev/--import-realm")
    kc_http = int(kc_cmd[kc_cmd.index("--http-port") + 1]) if "--http-port" in kc_cmd else 8080
    check(published(kc).get(kc_http) == ports["keycloak"],
          f"keycloak listens on {kc_http} and publishes {published(kc)}, make run uses {ports['keycloak']}")
    api_env, spa_env, kc_env = environment(api), environment(spa), environment(kc)
    api_port = int(api_env.get("KLIMANETZ_HTTP_PORT") or 8080)
    check(published(api).get(api_port) == ports["api"],
          f"api listens on {api_port} and publishes {published(api)}, make run uses {ports['api']}")
    spa_port = int(spa_env.get("KLIMANETZ_SPA_PORT") or 0)
    check(published(spa).get(spa_port) == ports["spa"],
          f"spa listens on {spa_port} and publishes {published(spa)}, make run uses {ports['spa']}")

    # the mail catcher: the MailDev version of tools/maildev, on make run's SMTP and inbox ports
    check(f"maildev@{local['maildev_version']}" in " ".join(command(mail)),
          f"maildev runs {command(mail)}, make run uses maildev {local['maildev_version']}")
    check(published(mail).get(1025) == ports["smtp"] and published(mail).get(1080) == ports["mail_web"],
          f"maildev publishes {published(mail)}, make run uses SMTP {ports['smtp']} and inbox {ports['mail_web']}")
    for name, env in (("api", environment(api)), ("keycloak", environment(kc))):
        check(env.get("KLIMANETZ_SMTP_HOST") == "maildev" and env.get("KLIMANETZ_SMTP_PORT") == "1025",
              f"{name} sends mail to {env.get('KLIMANETZ_SMTP_HOST')}:{env.get('KLIMANETZ_SMTP_PORT')}, not the maildev service")

    # environment variable names: exactly those make run passes (API) / at least those (SPA, Keycloak)
    check(set(api_env) == set(local["api_env"]),
          f"api environment {sorted(api_env)} differs from make run's {sorted(local['api_env'])}")
    check(set(local["spa_env"]) <= set(spa_env), f"spa environment lacks {sorted(set(local['spa_env']) - set(spa_env))}")
    check(set(local["keycloak_env"]) <= set(kc_env),
          f"keycloak environment lacks {sorted(set(local['keycloak_env']) - set(kc_env))}")

    # values that must agree with what the browser sees (same URLs as make run)
    for key in ("KLIMANETZ_OIDC_ISSUER", "KLIMANETZ_DEMO_DATA", "KLIMANETZ_DB_USER", "KLIMANETZ_DB_PASSWORD"):
        check(api_env.get(key) == local["api_env"][key], f"api {key}={api_env.get(key)}, make run: {local['api_env'][key]}")
    check(api_env.get("KLIMANETZ_DB_URL", "").endswith("/" + pg.get("environment", {}).get("POSTGRES_DB", "?")),
          "api KLIMANETZ_DB_URL does not name the postgres service's POSTGRES_DB")
    check(api_env.get("KLIMANETZ_OIDC_URL") == f"http://keycloak:{kc_http}/realms/klimanetz",
          f"api KLIMANETZ_OIDC_URL={api_env.get('KLIMANETZ_OIDC_URL')} does not reach the keycloak service")
    check(api_env.get("KLIMANETZ_KEYCLOAK_ADMIN_URL") == f"http://keycloak:{kc_http}",
          f"api KLIMANETZ_KEYCLOAK_ADMIN_URL={api_env.get('KLIMANETZ_KEYCLOAK_ADMIN_URL')} does not reach the keycloak service")
    check(api_env.get("KLIMANETZ_PUBLIC_URL") == local["api_env"]["KLIMANETZ_PUBLIC_URL"],
          f"api KLIMANETZ_PUBLIC_URL={api_env.get('KLIMANETZ_PUBLIC_URL')}, make run: {local['api_env']['KLIMANETZ_PUBLIC_URL']}")
    check(kc_env.get("KC_HOSTNAME") == local["spa_env"]["KLIMANETZ_KEYCLOAK_URL"],
          f"keycloak KC_HOSTNAME={kc_env.get('KC_HOSTNAME')} differs from the issuer host {local['spa_env']['KLIMANETZ_KEYCLOAK_URL']}")
    for key in ("KLIMANETZ_KEYCLOAK_URL", "KLIMANETZ_REALM", "KLIMANETZ_SPA_CLIENT_ID"):
        check(spa_env.get(key) == local["spa_env"][key], f"spa {key}={spa_env.get(key)}, make run: {local['spa_env'][key]}")
    check(spa_env.get("KLIMANETZ_API_URL") == f"http://api:{api_port}", f"spa KLIMANETZ_API_URL={spa_env.get('KLIMANETZ_API_URL')} does not reach the api service")
    check(kc_env.get("KLIMANETZ_SPA_ORIGIN") == local["keycloak_env"]["KLIMANETZ_SPA_ORIGIN"],
          f"keycloak KLIMANETZ_SPA_ORIGIN={kc_env.get('KLIMANETZ_SPA_ORIGIN')}, make run: {local['keycloak_env']['KLIMANETZ_SPA_ORIGIN']}")

    # the realm file: the same file make run imports, mounted into Keycloak's import directory
    realm_dir = os.path.dirname(local["realm_file"])
    mounts = {}
    for v in kc.get("volumes", []):
        src, dst = (v["source"], v["target"]) if isinstance(v, dict) else str(v).split(":")[:2]
        mounts[dst] = src
    src = mounts.get("/opt/keycloak/data/import")
    check(src is not None and os.path.normpath(os.path.join(ROOT, src)) == realm_dir,
          f"keycloak mounts {src} at /opt/keycloak/data/import, make run imports from {realm_dir}")
    check(os.path.isfile(local["realm_file"]), f"realm file {local['realm_file']} is missing")
    with open(local["realm_file"], encoding="utf-8") as f:
        realm = json.load(f)
    check(realm.get("realm") == "klimanetz" and local["api_env"]["KLIMANETZ_OIDC_URL"].endswith("/realms/" + realm.get("realm", "")),
          "realm name differs from the API's OIDC URL")
    spa_client = next((c for c in realm.get("clients", []) if c.get("clientId") == local["spa_env"]["KLIMANETZ_SPA_CLIENT_ID"]), {})
    check(f"${{KLIMANETZ_SPA_ORIGIN:{local['keycloak_env']['KLIMANETZ_SPA_ORIGIN']}}}" in json.dumps(spa_client.get("webOrigins", [])),
          "the realm's SPA web origin does not default to make run's SPA origin")

    # health checks and start-up order
    for name, svc in services.items():
        check("healthcheck" in svc, f"{name} has no healthcheck")
    check(depends(api) == {"postgres": "service_healthy", "keycloak": "service_healthy"},
          f"api depends_on {depends(api)}, expected postgres and keycloak healthy")
    check(depends(spa).get("api") == "service_healthy", f"spa depends_on {depends(spa)}, expected api healthy")
    check(depends(kc).get("maildev") == "service_healthy", f"keycloak depends_on {depends(kc)}, expected maildev healthy")


if __name__ == "__main__":
    main()
    if errors:
        print("docker-compose.yml is not consistent with make run:", file=sys.stderr)
        for e in errors:
            print("  - " + e, file=sys.stderr)
        sys.exit(1)
    print("check-compose: docker-compose.yml agrees with make run (services, ports, variables, realm import, mail catcher)")
