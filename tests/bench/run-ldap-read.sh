#!/usr/bin/env bash
# Full-read benchmark of the LDAP connector against ldapsearch on the same slapd, same run.
#
#   tests/bench/run-ldap-read.sh N [WRITES]
#
# Loads N people from /work/shared/bench/gen_people.py (or $GEN_PEOPLE) into a fresh slapd
# with slapadd -q, then reads them all with ldapsearch and with BenchLdapRead (paged and
# unpaged), and prints both and their ratio. WRITES modifies (default 2000) compare apply()
# one at a time with the pipelined one. BUILD_DIR (default build) holds the bench binary.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
n="${1:?usage: $0 N [WRITES]}"
writes="${2:-2000}"
build="${BUILD_DIR:-$root/build}"
bench="$build/tests/bench/BenchLdapRead"
gen="${GEN_PEOPLE:-/work/shared/bench/gen_people.py}"
[ -x "$bench" ] || { echo "build BenchLdapRead first: cmake --build $build --target BenchLdapRead" >&2; exit 1; }

work="$(mktemp -d)"
state="$work/slapd"
trap 'bash "$root/tests/fixtures/slapd/slapd-fixture.sh" stop "$state"; rm -rf "$work"' EXIT
python3 "$gen" "$n" >"$work/people.ldif"
start=$(date +%s.%N)
bash "$root/tests/fixtures/slapd/slapd-fixture.sh" start "$state" "$work/people.ldif"
echo "slapd loaded with $n people ($(python3 -c "print(f'{$(date +%s.%N)-$start:.1f}')") s with slapadd -q)"
url="$(cat "$state/url")"
dn="$(cat "$state/rootdn")"
pw="$(cat "$state/rootpw")"

ldapsearch_time() { # extra ldapsearch options; prints seconds
    local t0 t1 count
    t0=$(date +%s.%N)
    count=$(ldapsearch -x -LLL -H "$url" -D "$dn" -w "$pw" "$@" -b "ou=people,dc=example,dc=com" \
        "(objectClass=inetOrgPerson)" | grep -c '^dn: ')
    t1=$(date +%s.%N)
    [ "$count" = "$n" ] || { echo "ldapsearch read $count entries, not $n" >&2; exit 1; }
    python3 -c "print($t1 - $t0)"
}
ldapsearch_time >/dev/null # warm the cache
plain=$(ldapsearch_time)
paged=$(ldapsearch_time -E pr=1000/noprompt)
out="$("$bench" "$url" "$dn" "$pw" --writes "$writes")"
echo "$out"
python3 - "$n" "$plain" "$paged" <<PY
import sys, re
n, plain, paged = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3])
out = """$out"""
rate = {m.group(1): float(m.group(2)) for m in re.finditer(r"connector (\w+) +\d+ entries in ([\d.]+) s", out)}
print(f"ldapsearch unpaged  {n} entries in {plain:.3f} s = {n/plain:.0f} entries/s")
print(f"ldapsearch paged    {n} entries in {paged:.3f} s = {n/paged:.0f} entries/s")
print(f"ratio connector/ldapsearch (rate): unpaged {plain/rate['unpaged']:.2f}, paged {paged/rate['paged']:.2f}")
PY
