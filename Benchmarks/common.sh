# Shared by Benchmarks/run and Benchmarks/compare (sourced, not run): paths, installing
# missing tools, building khet, and the cached data sets.
# shellcheck shell=bash

# shellcheck disable=SC2034 # RESULTS and the rest are used by the scripts that source this.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SCRATCH=$ROOT/.build-bench
DATA=$SCRATCH/data
RESULTS=$SCRATCH/results
export KHET_TODAY=2022-12-31 KHET_USER=bench

say() { printf '\n== %s\n' "$*" >&2; }

# `install_missing COMMAND:PACKAGE…`: installs with apt-get the packages whose command is not
# on PATH (apt-get update first; sudo when not root).
install_missing() {
  local pair packages=() sudo=()
  for pair in "$@"; do
    command -v "${pair%%:*}" >/dev/null || packages+=("${pair#*:}")
  done
  [[ ${#packages[@]} -gt 0 ]] || return 0
  [[ $(id -u) -eq 0 ]] || sudo=(sudo)
  say "installing ${packages[*]}"
  "${sudo[@]}" apt-get update -q
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${packages[@]}"
}

# `swift_build ARGS…`: swift build, tried once more (after 30 s) when it failed only because a
# source file changed while it ran (someone is editing Sources/).
swift_build() {
  local log
  log=$(mktemp)
  if swift build "$@" 2>&1 | tee "$log"; then
    rm -f "$log"
    return 0
  fi
  if grep -q 'was modified during the build' "$log"; then
    rm -f "$log"
    say "a source file changed during the build; building again in 30 s"
    sleep 30
    swift build "$@"
    return
  fi
  rm -f "$log"
  return 1
}

# Builds khet as a static release binary in .build-bench (not the developers' .build) and
# sets KHET to its path.
build_khet() {
  say "building khet (release, static Swift runtime) in .build-bench"
  (cd "$ROOT" && swift_build -c release --static-swift-stdlib --product khet \
    --scratch-path "$SCRATCH")
  KHET=$(cd "$ROOT" && swift build -c release --static-swift-stdlib --scratch-path "$SCRATCH" \
    --show-bin-path)/khet
}

# A digest of a workspace's data files (*.json, *.jsonl): not state.json, which records
# inodes and times, nor the lock file or anything derived under cache/.
digest() {
  (cd "$1" && find . -type f \( -name '*.json' -o -name '*.jsonl' \) ! -name state.json \
    ! -path './cache/*' -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1)
}

# Name, size, modification time and inode of every file, one a line: what a write changes.
fingerprint() {
  (cd "$1" && find . -type f -printf '%P %s %T@ %i\n' | sort)
}

# `prepare_data SCALE`: makes DATA/SCALE and DATA/SCALE-100 (seed 1; --issues 100 --tasks 250)
# when missing or made by another generator. The small one is generated afresh every time
# and its digest compared with the one recorded beside each cached data set.
prepare_data() {
  local scale=$1 probe=$DATA/.probe-$1 hash name
  mkdir -p "$DATA"
  rm -rf "$probe"
  "$KHET" generate --scale "$scale" --seed 1 --issues 100 --tasks 250 --data "$probe" >/dev/null
  hash=$(digest "$probe")
  for name in "$scale-100" "$scale"; do
    if [[ -f $DATA/$name/khet.json && $(cat "$DATA/$name.generator" 2>/dev/null) == "$hash" ]]; then
      continue
    fi
    say "generating $name (missing, or the generator changed)"
    rm -rf "${DATA:?}/$name" "$DATA/$name.generator" "$DATA/$name.tmp"
    if [[ $name == "$scale-100" ]]; then
      mv "$probe" "$DATA/$name"
    else
      "$KHET" generate --scale "$scale" --seed 1 --data "$DATA/$name.tmp"
      mv "$DATA/$name.tmp" "$DATA/$name"
    fi
    echo "$hash" >"$DATA/$name.generator"
  done
  rm -rf "$probe"
}

# `guard_data NAME`: before benchmarks that only read DATA/NAME: records its files and keeps a
# copy of its derived cache/ in WORK (khet may rewrite derived files even when it only reads).
declare -A GUARDED=()
NOTES=()
guard_data() {
  GUARDED[$1]=$(fingerprint "$DATA/$1")
  rm -rf "${WORK:?}/$1.cache"
  if [[ -d $DATA/$1/cache ]]; then cp -a "$DATA/$1/cache" "$WORK/$1.cache"; fi
}

# `check_data NAME`: afterwards: a rewritten cache/ is put back as it was, with a note; a change
# to any other file is a warning, and the data set is made again on the next run. Both are
# kept in NOTES for the summary.
check_data() {
  local name=$1 after changed
  after=$(fingerprint "$DATA/$name")
  if [[ ${GUARDED[$name]} == "$after" ]]; then
    rm -rf "${WORK:?}/$name.cache"
    return 0
  fi
  changed=$({ diff <(echo "${GUARDED[$name]}") <(echo "$after") || true; } |
    sed -n 's/^[<>] \([^ ]*\) .*/\1/p' | sort -u | tr '\n' ' ')
  if tr ' ' '\n' <<<"$changed" | grep -v '^$' | grep -qv '^cache/'; then
    NOTES+=("WARNING: reading $DATA/$name changed $changed(the set will be made again)")
    rm -f "$DATA/$name.generator"
  else
    NOTES+=("note: khet rewrote derived files while only reading $name: $changed(put back)")
  fi
  echo "${NOTES[-1]}" >&2
  rm -rf "${DATA:?}/$name/cache"
  if [[ -d $WORK/$name.cache ]]; then mv "$WORK/$name.cache" "$DATA/$name/cache"; fi
}
