// SPDX-License-Identifier: GPL-2.0
// What the fact store keeps about a translation unit besides its facts, so that it can tell
// when they are stale: the module kbuild links it into, the hash of its source, and every file
// it read (size and modification time).
#ifndef BOUNDSCOPE_UNIT_H
#define BOUNDSCOPE_UNIT_H

extern "C" {
#include "facts.h"
}

#include "clang/Frontend/CompilerInstance.h"

#include <string>

namespace boundscope {

// The absolute, dot-free path the facts use for a file.
std::string normalPath(llvm::StringRef Name);

// Starts the unit of the main file in tu and records its metadata; object and srctree come
// from the command (kbuild's dependency file and $srctree), empty outside kbuild.
unsigned describeUnit(clang::CompilerInstance &CI, bs_tu *TU, const std::string &Object,
		      const std::string &Srctree);

} // namespace boundscope

#endif
