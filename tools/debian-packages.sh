# Sourced by the corpus and model scripts: ensure_debian_packages PKG... installs what is missing (as root), or says
# the one command to run and exits 3.
ensure_debian_packages() {
  local missing=() p
  for p in "$@"; do dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' || missing+=("$p"); done
  ((${#missing[@]})) || return 0
  [[ $(id -u) -eq 0 ]] || { echo "run: sudo apt-get install -y ${missing[*]}" >&2; exit 3; }
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}
