#!/usr/bin/env python3
"""Reconciliation benchmarks of ../shared/bench/README.md: W0, W1, W10, WI and WL.

Each run starts real slapd instances (source, target, and a copy of the target for the
write baseline), loads them with the benchmark generator's people, reconciles with
syncstudio-cli and measures, in the same run and on the same servers, the baselines:
raw full reads of source and target with ldapsearch (libldap, as the connector), a raw
select of the same links from SQLite, and ldapmodify -c of exactly the change set the
engine computed. It prints wall time per phase, engine and slapd CPU, peak RSS per entry,
entries/s and efficiency = baseline time / engine time, then checks that a second run finds
nothing left to change and that the situation counts are the ones the workload made.

    python3 tests/bench/recon_bench.py --workload W10 --n 100000 [--build build-release]
"""
import argparse
import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
FIXTURE = os.path.join(ROOT, "tests/fixtures/slapd/slapd-fixture.sh")
GENERATOR = os.path.join(ROOT, "..", "shared", "bench", "gen_people.py")
ROOT_DN = "cn=admin,dc=example,dc=com"
ROOT_PW = "secret"
# A profiler to run the engine under, e.g. RECON_BENCH_PROFILE="perf record -g -o /tmp/perf.data"
PROFILE = os.environ.get("RECON_BENCH_PROFILE", "").split()
PEOPLE = "ou=people,dc=example,dc=com"
ATTRIBUTES = ["uid", "cn", "sn", "givenName", "mail", "employeeNumber", "telephoneNumber",
              "title", "departmentNumber", "description"]


def dn(i):
    return f"uid=u{i:08d},{PEOPLE}"


def people(n, start=0):
    """The generator's entries as (index, {attribute: value}), base entries left out."""
    out = subprocess.run([sys.executable, GENERATOR, str(n), str(start)], check=True,
                         capture_output=True, text=True).stdout
    entries = []
    for block in out.strip().split("\n\n"):
        attrs = {}
        for line in block.splitlines():
            key, _, value = line.partition(": ")
            attrs.setdefault(key, value)
        if attrs.get("dn", "").startswith("uid="):
            entries.append((int(attrs["employeeNumber"]), attrs))
    return entries


def ldif(entries):
    base = ("dn: dc=example,dc=com\nobjectClass: dcObject\nobjectClass: organization\n"
            "o: Example\ndc: example\n\ndn: ou=people,dc=example,dc=com\n"
            "objectClass: organizationalUnit\nou: people\n\n")
    parts = [base]
    for _, a in entries:
        parts.append(f"dn: {a['dn']}\nobjectClass: inetOrgPerson\n" +
                     "".join(f"{k}: {a[k]}\n" for k in ATTRIBUTES) + "\n")
    return "".join(parts)


def workload(name, n):
    """Source entries, target entries, links (source dn -> target dn), expected situations."""
    source = people(n)
    expected = {}
    if name == "WI":
        return source, [], [], {"ABSENT": n}
    target, links = [], []
    modified = 0
    for i, a in source:
        if name == "W10" and i % 100 == 1:
            continue  # 1% missing from the target
        t = dict(a)
        if (name == "W1" and i % 100 == 0) or (name == "W10" and i % 10 == 0):
            t["mail"] = f"old{i}@example.com"
            t["title"] = "Former title"
            modified += 1
        target.append((i, t))
        if name != "WL" and not (name == "W10" and i % 200 == 3):
            links.append((a["dn"], t["dn"]))
    if name == "W10":
        extra = people(n // 100, n)  # 1% only in the target
        target += extra
        missing = sum(1 for i, _ in source if i % 100 == 1)
        dropped = sum(1 for i, _ in source if i % 200 == 3 and i % 100 != 1)
        expected = {"CONFIRMED": n - missing - dropped, "FOUND": dropped, "ABSENT": missing,
                    "UNASSIGNED": len(extra)}
    elif name == "WL":
        expected = {"FOUND": n}
    else:
        expected = {"CONFIRMED": n}
    return source, target, links, expected


def provisioner(name, server):
    host, port = server["url"].rsplit("//", 1)[1].split(":")
    return {
        "name": name,
        "connectorRef": {"bundleName": "org.openidentityplatform.openicf.connectors.ldap-connector",
                         "bundleVersion": "[1.4.0.0,2)",
                         "connectorName": "org.identityconnectors.ldap.LdapConnector"},
        "configurationProperties": {
            "host": host, "port": int(port), "ssl": False, "principal": ROOT_DN,
            "credentials": ROOT_PW, "baseContexts": [PEOPLE], "uidAttribute": "dn",
            "accountObjectClasses": ["top", "person", "organizationalPerson", "inetOrgPerson"],
            "usePagedResultControl": False, "blockSize": 1000},
        "objectTypes": {"account": {
            "$schema": "http://json-schema.org/draft-03/schema", "id": "__ACCOUNT__",
            "type": "object", "nativeType": "__ACCOUNT__",
            "properties": dict([("dn", {"type": "string", "nativeName": "__NAME__",
                                        "nativeType": "string", "required": True})] +
                               [(k, {"type": "string", "nativeName": k, "nativeType": "string"})
                                for k in ATTRIBUTES])}},
    }


MAPPING = {
    "name": "src_dst",
    "source": "system/src/account",
    "target": "system/dst/account",
    "correlationQuery": {"type": "text/javascript",
                         "source": "({'_queryFilter': 'uid eq \"' + source.uid + '\"'})"},
    "properties": [{"source": k, "target": k} for k in ATTRIBUTES] + [
        {"source": "dn", "target": "dn"}],
    "policies": [{"situation": s, "action": a} for s, a in [
        ("CONFIRMED", "UPDATE"), ("FOUND", "UPDATE"), ("ABSENT", "CREATE"), ("MISSING", "CREATE"),
        ("SOURCE_MISSING", "DELETE"), ("UNASSIGNED", "DELETE"), ("AMBIGUOUS", "EXCEPTION")]],
}


def start_slapd(state, ldif_path):
    env = dict(os.environ, SLAPD_DBNOSYNC="1")
    subprocess.run(["bash", FIXTURE, "start", state, ldif_path], check=True, env=env,
                   stdout=subprocess.DEVNULL)
    with open(os.path.join(state, "url")) as f, open(os.path.join(state, "pid")) as p:
        return {"state": state, "url": f.read().strip(), "pid": int(p.read().strip())}


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def timed(command, **kwargs):
    begin = time.perf_counter()
    result = subprocess.run(command, **kwargs)
    return time.perf_counter() - begin, result


def raw_read(server):
    seconds, _ = timed(["ldapsearch", "-x", "-LLL", "-H", server["url"], "-D", ROOT_DN, "-w",
                        ROOT_PW, "-b", PEOPLE, "(objectClass=inetOrgPerson)"],
                       stdout=subprocess.DEVNULL, check=True)
    return seconds


def change_ldif(results):
    """The engine's change set as LDIF for ldapmodify -c."""
    out = []
    for r in results:
        if r.get("status") != "SUCCESS" or r["action"] not in ("CREATE", "UPDATE", "DELETE"):
            continue
        changes = r.get("changes", [])
        if r["action"] == "DELETE":
            out.append(f"dn: {r['targetId']}\nchangetype: delete\n")
        elif r["action"] == "CREATE":
            values = {c["attribute"]: c.get("new") for c in changes}
            body = "".join(f"{k}: {values[k]}\n" for k in ATTRIBUTES if values.get(k) is not None)
            out.append(f"dn: {values['dn']}\nchangetype: add\nobjectClass: inetOrgPerson\n{body}")
        elif changes:
            mods = "".join(f"replace: {c['attribute']}\n{c['attribute']}: {c['new']}\n-\n"
                           for c in changes if c["attribute"] != "dn")
            out.append(f"dn: {r['targetId']}\nchangetype: modify\n{mods}")
    return "\n".join(out) + "\n"


def cli(build, *args):
    return [os.path.join(build, "app/cli/syncstudio-cli"), *args]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--workload", choices=["W0", "W1", "W10", "WI", "WL"], default="W0")
    parser.add_argument("--n", type=int, default=10000)
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    args = parser.parse_args()
    n, name = args.n, args.workload

    with tempfile.TemporaryDirectory(prefix=f"recon-bench-{name}-") as tmp:
        print(f"{name} at {n} entries: generating", flush=True)
        source, target, links, expected = workload(name, n)
        paths = {}
        for key, entries in (("source", source), ("target", target)):
            paths[key] = os.path.join(tmp, f"{key}.ldif")
            with open(paths[key], "w") as f:
                f.write(ldif(entries))
        servers = {key: start_slapd(os.path.join(tmp, key), paths[key if key != "floor" else "target"])
                   for key in ("source", "target", "floor")}
        try:
            project = os.path.join(tmp, "project")
            os.makedirs(os.path.join(project, "conf"))
            for system, key in (("src", "source"), ("dst", "target")):
                with open(os.path.join(project, f"conf/provisioner.openicf-{system}.json"), "w") as f:
                    json.dump(provisioner(system, servers[key]), f, indent=4)
            with open(os.path.join(project, "conf/sync.json"), "w") as f:
                json.dump({"mappings": [MAPPING]}, f, indent=4)
            # Opening the links creates the repository; then the workload's links go in raw.
            subprocess.run(cli(args.build, "links", project, "--mapping", "src_dst"), check=True,
                           stdout=subprocess.DEVNULL)
            database = os.path.join(project, ".syncstudio/repo.sqlite")
            with sqlite3.connect(database) as db:
                db.executemany("INSERT INTO links VALUES ('src_dst', 'default', ?, ?)", links)

            # Baselines, on the same servers and data.
            read_source = raw_read(servers["source"])
            read_target = raw_read(servers["target"])
            begin = time.perf_counter()
            with sqlite3.connect(database) as db:
                selected = db.execute("SELECT first_id, second_id FROM links WHERE link_type = ?",
                                      ("src_dst",)).fetchall()
            link_select = time.perf_counter() - begin
            assert len(selected) == len(links)

            preview_seconds, preview = timed(cli(args.build, "preview", project, "--mapping", "src_dst",
                                                 "--json"), capture_output=True, text=True, check=True)
            planned = json.loads(preview.stdout)
            change_set = change_ldif(planned["results"])
            changes = change_set.count("changetype:")
            write_floor = 0.0
            if changes:
                write_floor, result = timed(["ldapmodify", "-x", "-c", "-H", servers["floor"]["url"],
                                             "-D", ROOT_DN, "-w", ROOT_PW], input=change_set, text=True,
                                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
                if result.returncode != 0:
                    print("ldapmodify -c reported:", result.stderr[:500])

            # The engine.
            slapd_cpu = {k: cpu_seconds(s["pid"]) for k, s in servers.items()}
            engine_seconds, run = timed(["/usr/bin/time", "-f", "%U %S %M", *PROFILE, *cli(
                args.build, "recon", project, "--mapping", "src_dst", "--json")],
                                        capture_output=True, text=True)
            user, system, rss_kb = run.stderr.strip().splitlines()[-1].split()
            statistics = json.loads(run.stdout)
            slapd_used = sum(cpu_seconds(s["pid"]) - slapd_cpu[k] for k, s in servers.items()
                             if k != "floor")

            again = json.loads(subprocess.run(cli(args.build, "preview", project, "--mapping", "src_dst",
                                                  "--json"), capture_output=True, text=True).stdout)
        finally:
            for s in servers.values():
                subprocess.run(["bash", FIXTURE, "stop", s["state"]])

    durations = statistics["durationSummary"]
    floor = read_source + read_target + link_select + write_floor
    situations = {k: v for k, v in statistics["situationSummary"].items() if v}
    print(f"\n{name} at {n}: {situations}, {statistics['changedObjects']} changed, "
          f"{statistics['statusSummary']['FAILURE']} failed, state {statistics['state']}")
    print(f"  phases (ms): links {durations['linkLoad']['duration']}, targets "
          f"{durations['targetLoad']['duration']}, source {durations['sourcePhase']['duration']}, "
          f"target {durations['targetPhase']['duration']}")
    print(f"  engine wall {engine_seconds:.2f} s ({n / engine_seconds:,.0f} entries/s), engine CPU "
          f"{float(user) + float(system):.2f} s, slapd CPU {slapd_used:.2f} s, peak RSS "
          f"{int(rss_kb) / 1024:.0f} MiB = {int(rss_kb) * 1024 / max(n, 1):,.0f} bytes/entry")
    print(f"  baselines: read source {read_source:.2f} s, read target {read_target:.2f} s, "
          f"link select {link_select:.3f} s ({len(links)} links), ldapmodify -c of the "
          f"{changes} changes {write_floor:.2f} s")
    print(f"  floor {floor:.2f} s; efficiency = floor / engine = {floor / engine_seconds:.2f}; "
          f"engine / floor = {engine_seconds / floor:.2f}x")
    print(f"  links: {durations['linkLoad']['duration'] / 1000 / engine_seconds:.1%} of the wall time")
    print(f"  preview before the run: {preview_seconds:.2f} s")
    ok = True
    if again["changedObjects"] != 0:
        print(f"  CHECK FAILED: a second run would still change {again['changedObjects']} objects")
        ok = False
    else:
        print("  check: a second run finds nothing to change")
    for situation, count in expected.items():
        if situations.get(situation, 0) != count:
            print(f"  CHECK FAILED: {situation} {situations.get(situation, 0)}, expected {count}")
            ok = False
    if ok:
        print("  check: situation counts are the ones the workload made")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
