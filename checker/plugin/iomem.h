// SPDX-License-Identifier: GPL-2.0
// Recovers __iomem, which the preprocessor erases in normal builds: every expansion of the
// __iomem macro is recorded, and a declaration is __iomem when one of those expansions sits
// in its type, between the start of the declaration and its name.
#ifndef BOUNDSCOPE_IOMEM_H
#define BOUNDSCOPE_IOMEM_H

#include "facts.h"

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/Lex/PPCallbacks.h"
#include "llvm/ADT/DenseMap.h"

#include <vector>

namespace boundscope {

class IomemMarks {
public:
	explicit IomemMarks(clang::SourceManager &SM) : SM(SM) {}
	void addExpansion(clang::SourceLocation Loc);
	bool declIsIomem(const clang::Decl *D);
	bool rangeHasIomem(clang::SourceRange R);
	// Where the address of an accessor call comes from.
	bs_origin originOf(const clang::Expr *E, unsigned Depth = 0);

private:
	clang::SourceManager &SM;
	llvm::DenseMap<clang::FileID, std::vector<unsigned>> Offsets;
	llvm::DenseMap<const clang::Decl *, bool> DeclCache;
	bool Sorted = true;
	bool typeIsIomem(clang::QualType T);
};

class IomemCallbacks : public clang::PPCallbacks {
public:
	explicit IomemCallbacks(IomemMarks &Marks) : Marks(Marks) {}
	void MacroExpands(const clang::Token &Name, const clang::MacroDefinition &MD,
			  clang::SourceRange Range, const clang::MacroArgs *Args) override;

private:
	IomemMarks &Marks;
};

} // namespace boundscope

#endif
