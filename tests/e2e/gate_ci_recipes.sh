#!/usr/bin/env bash
# docs/ci.md's recipes work: the YAML parses, and the GitHub Actions and GitLab CI steps that
# run factlint, run here on a simulated newsroom repository (published seed articles on main,
# a merge request adding 002), do what the page says: the gate fails with SARIF and Markdown
# reports, and passes once the findings are in the committed baseline.
set -euo pipefail
bin=$1; root=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
seed="$root/fixtures/ukraine-2022"

# The recipes as written.
/usr/bin/python3 - "$root/docs/ci.md" "$tmp" <<'PY'
import json, re, sys, yaml
text = open(sys.argv[1], encoding="utf-8").read()
blocks = re.findall(r"```yaml\n(.*?)```", text, re.S)
def block(first_line):
    found = [b for b in blocks if b.startswith(first_line)]
    assert len(found) == 1, f"docs/ci.md: no yaml block starting {first_line!r}"
    return found[0]
github = yaml.safe_load(block("# .github/workflows/factlint.yml"))
gitlab = yaml.safe_load(block("# .gitlab-ci.yml"))
config = block("# .factlint.yaml")
yaml.safe_load(config)
steps = github["jobs"]["gate"]["steps"]
uses = {s.get("uses", "").split("@")[0]: s for s in steps}
sarif = uses["github/codeql-action/upload-sarif"]["with"]["sarif_file"]
assert sarif == "factlint-reports/factlint.sarif", sarif
assert "factlint-reports/factlint.md" in uses["actions/github-script"]["with"]["script"]
assert github["permissions"]["security-events"] == "write"
# The steps that run factlint (installing and building are the machine's business here).
skip = ("Install git", "Build factlint")
run = [s for s in steps if "run" in s and s.get("name") not in skip]
assert [s["name"] for s in run] == ["Claim store of the published articles",
                                    "Gate the new and changed articles"], [s["name"] for s in run]
job = gitlab["factlint"]
open(f"{sys.argv[2]}/github-store.sh", "w").write(run[0]["run"])
open(f"{sys.argv[2]}/github-gate.sh", "w").write(run[1]["run"])
open(f"{sys.argv[2]}/github-env", "w").write(
    "".join(f"export {k}='{v}'\n" for k, v in run[1].get("env", {}).items()))
open(f"{sys.argv[2]}/gitlab-script.sh", "w").write("set -e\n" + "\n".join(job["script"]) + "\n")
open(f"{sys.argv[2]}/gitlab-env", "w").write(
    "".join(f"export {k}='{v}'\n" for k, v in job["variables"].items() if k.startswith("FACTLINT")))
open(f"{sys.argv[2]}/factlint.yaml", "w").write(config)
print("ok   docs/ci.md: the YAML parses and names the reports ci-gate writes")
PY

if ! "$bin" --help | grep -q 'sarif|markdown'; then
  echo "skipped: this factlint does not write SARIF and Markdown yet (the recipes upload them)"
  exit 77
fi

# A newsroom repository: published articles on main, a branch that adds a new one.
export HOME="$tmp/home" GIT_CONFIG_NOSYSTEM=1 TMPDIR="$tmp/runner" RUNNER_TEMP="$tmp/runner"
mkdir -p "$HOME" "$TMPDIR"
git config --global user.name "Rédaction" && git config --global user.email "redaction@example.be"
git config --global init.defaultBranch main
git init -q --bare "$tmp/origin.git"
git clone -q "$tmp/origin.git" "$tmp/newsroom" 2>/dev/null
cd "$tmp/newsroom"
mkdir -p articles/ukraine-2022
cp "$seed"/00[0134]_*.txt articles/ukraine-2022/
cp "$tmp/factlint.yaml" .factlint.yaml
printf '{\n  "version": 1,\n  "fingerprint_version": 1,\n  "findings": []\n}\n' > .factlint-baseline.json
git add -A && git commit -qm "Published articles" && git push -q origin main
git checkout -qb draft
cp "$seed"/002_*.txt articles/ukraine-2022/
printf 'A photo caption, not an article.\n' > articles/ukraine-2022/caption.csv
git add -A && git commit -qm "New article on the troops" && git push -q origin draft
# factlint/ as the recipes check it out and build it.
mkdir -p factlint/build && ln -s "$bin" factlint/build/factlint && ln -s "$root/scripts" factlint/scripts
printf 'factlint/\nfactlint-reports/\npublished.db*\nchanged.txt\n' > .git/info/exclude

run_step() {  # WANT_STATUS NAME SCRIPT
  local want=$1 name=$2 status=0
  bash -e "$3" > "$tmp/step.out" 2>&1 || status=$?
  if [ "$status" -ne "$want" ]; then
    echo "FAIL $name: exit $status, expected $want"; cat "$tmp/step.out"; exit 1
  fi
  echo "ok   $name (exit $status)"
}

# GitHub Actions.
export GITHUB_BASE_REF=main GITHUB_WORKSPACE="$tmp/newsroom"
source "$tmp/github-env"
run_step 0 "GitHub: claim store of the published articles" "$tmp/github-store.sh"
run_step 1 "GitHub: the gate fails on the new article" "$tmp/github-gate.sh"
grep -qx 'articles/ukraine-2022/002_88f3e815b8c1ef22.txt' changed.txt
! grep -q caption changed.txt
test -s factlint-reports/factlint.sarif && test -s factlint-reports/factlint.md
/usr/bin/python3 - factlint-reports/factlint.sarif <<'PY'
import json, sys
run = json.load(open(sys.argv[1]))["runs"][0]
assert run["results"], "no SARIF results"
uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]}
assert all("002_88f3e815b8c1ef22" in u for u in uris), uris
print(f"ok   GitHub: {len(run['results'])} SARIF results, all on the new article")
PY
grep -q "2 000" factlint-reports/factlint.md
# Accept the findings (docs/ci.md, "The baseline"), commit, and the same gate passes.
set +e
"$bin" check articles/ukraine-2022/002_88f3e815b8c1ef22.txt --write-baseline .factlint-baseline.json > /dev/null
set -e
git commit -qam "Accept the reviewed findings"
run_step 0 "GitHub: the gate passes with the baseline" "$tmp/github-gate.sh"
grep -q "suppressed by the baseline" "$tmp/step.out"

# GitLab CI, on a fresh clone of the merge request's branch, with the baseline still empty.
git checkout -q main -- .factlint-baseline.json && git commit -qm "Back to an empty baseline" && git push -q origin draft
cd "$tmp" && rm -rf newsroom runner && mkdir runner
git clone -q --branch draft "$tmp/origin.git" newsroom && cd newsroom
mkdir -p factlint/build && ln -s "$bin" factlint/build/factlint && ln -s "$root/scripts" factlint/scripts
export CI_MERGE_REQUEST_TARGET_BRANCH_NAME=main
unset FACTLINT_FORMATS
source "$tmp/gitlab-env"
run_step 1 "GitLab: the gate fails on the new article" "$tmp/gitlab-script.sh"
test -s factlint-reports/factlint.sarif && test -s factlint-reports/factlint.md
echo "docs/ci.md recipes: ok"
