// SPDX-License-Identifier: GPL-2.0
// What an argument of a registering call designates, followed through the unit's constant
// tables and the calling function's locals: the global objects it can point to (a fops handed
// to debugfs_create_file as tbl[i], &tbl[i].fops or a loop variable over tbl), and a raw key for
// any value (a member of a struct, a global, NULL, a parameter, a call's result over its
// arguments' keys). The keys are raw facts; which of them are debugfs roots is the core's decision.
#ifndef BOUNDSCOPE_VALUES_H
#define BOUNDSCOPE_VALUES_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"

#include <set>
#include <string>
#include <vector>

namespace boundscope {

class Values {
public:
	explicit Values(clang::ASTContext &Ctx) : Ctx(Ctx) {}
	// The globals ("var:name") E can point to; false if some value is not resolved.
	bool objects(const clang::Expr *E, std::set<std::string> &Out, unsigned Depth = 0);
	// A raw key for E's value ("" where nothing names it).
	std::string key(const clang::Expr *E, unsigned Depth = 0);

private:
	clang::ASTContext &Ctx;
	bool Scanned = false;
	llvm::DenseSet<const clang::VarDecl *> Written;	// globals the unit writes to
	// a local's values (empty: not followed), each function body scanned once per local
	llvm::DenseMap<const clang::VarDecl *, std::vector<const clang::Expr *>> Assigned;
	// the unit's direct calls of each function, and how often each function is named at all
	bool Indexed = false;
	llvm::DenseMap<const clang::FunctionDecl *, std::vector<const clang::CallExpr *>> Calls;
	llvm::DenseMap<const clang::FunctionDecl *, unsigned> Named;
	// each function's returned values (empty: a bare return, or none), scanned once
	llvm::DenseMap<const clang::FunctionDecl *, std::vector<const clang::Expr *>> Returns;

	void index();
	std::string paramKey(const clang::ParmVarDecl *PV, unsigned Depth);
	std::string returnKey(const clang::FunctionDecl *FD, unsigned Depth);

	const clang::VarDecl *table(const clang::Expr *E, unsigned Depth);
	bool readOnly(const clang::VarDecl *VD);
	bool element(const clang::Expr *Init, const std::vector<const clang::FieldDecl *> &Path,
		     size_t At, const clang::VarDecl *Tbl, std::set<std::string> &Out);
	bool assigned(const clang::VarDecl *VD, std::vector<const clang::Expr *> &Vals);
	bool scan(const clang::VarDecl *VD, const clang::FunctionDecl *FD,
		  std::vector<const clang::Expr *> &Vals);
};

} // namespace boundscope

#endif
