#!/usr/bin/env bash
# Configure and build boundscope into build/ (the command, the plugin, the data tables).
set -euo pipefail
# shellcheck source=scripts/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
bs_trap_errors

cd "$BS_ROOT"
bs_say "cmake configure (build/)"
cmake -S . -B build -DCMAKE_BUILD_TYPE="${BOUNDSCOPE_BUILD_TYPE:-RelWithDebInfo}"
bs_say "cmake build -j$BS_JOBS"
cmake --build build -j "$BS_JOBS"
