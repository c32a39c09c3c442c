// SPDX-License-Identifier: GPL-2.0
// Which files are the driver's own: the main file and everything under its directory (the
// module's headers), as opposed to the kernel's headers. Asked for every declaration while
// parsing (body skipping) and for every call while lowering, so the answer is cached per file.
#ifndef BOUNDSCOPE_DRIVER_FILES_H
#define BOUNDSCOPE_DRIVER_FILES_H

#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseMap.h"

#include <string>

namespace boundscope {

class DriverFiles {
public:
	// Dir: the driver's directory; empty means the main file's (looked up at the first
	// question, so that the object can exist before the main file is entered).
	explicit DriverFiles(clang::SourceManager &SM, std::string Dir = "")
		: SM(SM), Dir(std::move(Dir)) {}
	// Is the text at L (its expansion site: a macro body's text is where it expands) the
	// driver's own?
	bool contains(clang::SourceLocation L);
	const std::string &dir() const { return Dir; }

private:
	clang::SourceManager &SM;
	std::string Dir;
	bool Known = false;
	llvm::DenseMap<clang::FileID, bool> Cache;
};

} // namespace boundscope

#endif
