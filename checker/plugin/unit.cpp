// SPDX-License-Identifier: GPL-2.0
#include "unit.h"

extern "C" {
#include "config.h"
#include "hash.h"
}

#include "clang/Basic/SourceManager.h"
#include "clang/Lex/MacroInfo.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <sys/stat.h>

using namespace clang;

namespace boundscope {

std::string normalPath(llvm::StringRef Name)
{
	llvm::SmallString<256> Path(Name);
	llvm::sys::fs::make_absolute(Path);
	llvm::sys::path::remove_dots(Path, true);
	return std::string(Path);
}

// kbuild defines KBUILD_MODNAME as a string literal: -DKBUILD_MODNAME='"panthor"'.
static std::string moduleName(Preprocessor &PP)
{
	IdentifierInfo *II = PP.getIdentifierInfo("KBUILD_MODNAME");
	const MacroInfo *MI = II ? PP.getMacroInfo(II) : nullptr;
	if (!MI || MI->getNumTokens() != 1 || !MI->tokens()[0].is(tok::string_literal))
		return "";
	std::string S = PP.getSpelling(MI->tokens()[0]);
	return S.size() >= 2 ? S.substr(1, S.size() - 2) : "";
}

static void addFile(bs_tu *TU, bs_unit *U, const std::string &Path)
{
	struct stat St;
	bs_file F = {};

	F.path = bs_intern(TU->strs, Path.c_str());
	if (!stat(Path.c_str(), &St)) {
		F.size = St.st_size;
		F.mtime = (int64_t)St.st_mtim.tv_sec * 1000000000 + St.st_mtim.tv_nsec;
	} else {
		F.size = F.mtime = -1;	// gone already: stale at once
	}
	bs_vec_push(&U->files, F);
}

unsigned describeUnit(CompilerInstance &CI, bs_tu *TU, const std::string &Object,
		      const std::string &Srctree)
{
	SourceManager &SM = CI.getSourceManager();
	FileID Main = SM.getMainFileID();
	OptionalFileEntryRef MainFE = SM.getFileEntryRefForID(Main);
	std::string MainPath = normalPath(MainFE ? MainFE->getName() : "<stdin>");
	unsigned Id = bs_tu_add_unit(TU, MainPath.c_str());
	bs_unit *U = bs_tu_unit(TU, Id);

	U->module = bs_intern(TU->strs, moduleName(CI.getPreprocessor()).c_str());
	U->lower_hash = bs_config_lowering_hash(nullptr);
	if (!Object.empty())
		U->object = bs_intern(TU->strs, normalPath(Object).c_str());
	if (!Srctree.empty())
		U->srctree = bs_intern(TU->strs, normalPath(Srctree).c_str());
	if (std::optional<StringRef> Data = SM.getBufferDataOrNone(Main))
		U->src_hash = bs_hash_bytes(BS_HASH_INIT, Data->data(), Data->size());
	addFile(TU, U, MainPath);
	for (auto It = SM.fileinfo_begin(); It != SM.fileinfo_end(); ++It) {
		std::string P = normalPath(It->first.getName());
		if (P != MainPath)
			addFile(TU, U, P);
	}
	return Id;
}

} // namespace boundscope
