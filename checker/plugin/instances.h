// SPDX-License-Identifier: GPL-2.0
// Instance keys: which object a pointer designates, as far as one function's code shows, for
// calls through an object's table pointer (ring->funcs->begin_use(ring)): the core resolves
// such a call to the tables stored into objects of that instance only (core/instances.h).
//   "inst:<struct>.<member>"  an object embedded as that member (&kiq->ring,
//                             &adev->gfx.kiq[i].ring: every amdgpu_kiq's ring)
//   "inst:other"              an object that is no embedded member: a variable, a compound
//                             literal, a fresh allocation (a callee declared alloc_size/malloc)
//   ""                        unknown: a parameter, a pointer loaded from memory, a call
// A local is followed through every value stored into it (all must agree) unless its address
// is taken.
#ifndef BOUNDSCOPE_INSTANCES_H
#define BOUNDSCOPE_INSTANCES_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"

#include <string>
#include <vector>

namespace boundscope {

class InstanceKeys {
public:
	// Starts a function: what each of its locals is assigned is collected when first asked.
	void beginFunction(const clang::FunctionDecl *FD);
	// The instance of the object pointer P points to.
	std::string ofPointer(const clang::Expr *P, unsigned Depth = 0) const;
	// The instance of the object lvalue O designates.
	std::string ofObject(const clang::Expr *O, unsigned Depth = 0) const;
	// For a member expression reading or writing a table pointer (obj->funcs, obj.funcs):
	// the instance of obj, and the parameter obj is (-1 if none).
	std::string ownerOf(const clang::MemberExpr *Table, int &Param) const;

private:
	const clang::FunctionDecl *Function = nullptr;	// whose locals are not collected yet
	mutable llvm::DenseMap<const clang::VarDecl *, std::vector<const clang::Expr *>> Values;
	mutable llvm::DenseSet<const clang::VarDecl *> Escaped;
	mutable bool Collected = false;
	const std::vector<const clang::Expr *> *valuesOf(const clang::VarDecl *VD) const;
};

// A member holding a pointer to a struct (not to a function): a table pointer, or an object's.
bool isRecordPointerField(const clang::FieldDecl *FD);
// A member that embeds objects (a struct, or an array of them): each is an instance of it.
bool embedsObjects(const clang::FieldDecl *FD);
// The instance key of the objects such a member embeds, "inst:<struct>.<member>".
std::string embeddedInstance(const clang::FieldDecl *FD);
// The table a stored value names: "var:<name>" (&tbl, a global), "null", "?" if unknown.
std::string tableValue(const clang::Expr *V, clang::ASTContext &Ctx);

} // namespace boundscope

#endif
