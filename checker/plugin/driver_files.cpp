// SPDX-License-Identifier: GPL-2.0
#include "driver_files.h"
#include "unit.h"

#include "llvm/Support/Path.h"

using namespace clang;

namespace boundscope {

bool DriverFiles::contains(SourceLocation L)
{
	SourceLocation E = SM.getExpansionLoc(L);
	FileID F = SM.getFileID(E);
	if (F == SM.getMainFileID())
		return true;
	if (!Known && Dir.empty())
		if (OptionalFileEntryRef Main = SM.getFileEntryRefForID(SM.getMainFileID()))
			Dir = std::string(llvm::sys::path::parent_path(normalPath(Main->getName())));
	Known = true;
	auto [It, New] = Cache.try_emplace(F, false);
	if (!New)
		return It->second;
	OptionalFileEntryRef FE = SM.getFileEntryRefForID(F);
	if (FE && !Dir.empty())
		It->second = llvm::StringRef(normalPath(FE->getName())).starts_with(Dir + "/");
	return It->second;
}

} // namespace boundscope
