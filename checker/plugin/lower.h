// SPDX-License-Identifier: GPL-2.0
// Lowers the translation unit to boundscope facts: each function body through clang's CFG to
// blocks, events and branch conditions, and every place a function's address is stored to a
// registration. Only what clang's API forces is done here; the meaning is in the core. The
// facts are raw: nothing here consults the configuration (which calls are accessors, guards
// or registrations is decided at link time), so a configuration change needs no re-check.
#ifndef BOUNDSCOPE_LOWER_H
#define BOUNDSCOPE_LOWER_H

#include "driver_files.h"
#include "instances.h"
#include "iomem.h"

extern "C" {
#include "facts.h"
}

#include "clang/AST/ASTContext.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"

#include <string>

namespace boundscope {

class Lowerer {
public:
	Lowerer(clang::ASTContext &Ctx, IomemMarks &Marks, bs_tu *TU);
	// Lowers the driver's functions and everything they call or register; with
	// AllBodies, every function defined in the unit (the header-inline survey).
	void run(bool AllBodies = false);

private:
	clang::ASTContext &Ctx;
	clang::SourceManager &SM;
	IomemMarks &Marks;
	bs_tu *TU;
	DriverFiles Driver;
	InstanceKeys Keys;
	bool AllBodies = false;
	llvm::DenseMap<const clang::CallExpr *, unsigned> CallIds;
	llvm::DenseSet<const clang::FunctionDecl *> Queued;
	std::vector<const clang::FunctionDecl *> Work;

	friend class RegistrationVisitor;
	bs_sym intern(llvm::StringRef S);
	bs_loc loc(clang::SourceLocation L);
	bool inDriver(clang::SourceLocation L);
	void enqueue(const clang::FunctionDecl *FD);
	void lowerFunction(const clang::FunctionDecl *FD);
	// Where a fix may edit the function's text (fix_anchors.cpp).
	void fixAnchors(bs_func *F, const clang::FunctionDecl *FD);
	void lowerElement(bs_func *F, const clang::Stmt *S);
	void lowerCall(bs_func *F, const clang::CallExpr *CE);
	void lowerArgs(bs_func *F, bs_event &Ev, const clang::CallExpr *CE);
	void lowerStore(bs_func *F, bs_event &Ev, clang::QualType T, const clang::Expr *Value);
	void tableCall(bs_event &Ev, const clang::Expr *Callee);
	bool tableStore(bs_event &Ev, const clang::BinaryOperator *BO);
	bs_sym varAtom(const clang::VarDecl *VD);
	int lowerCond(bs_func *F, const clang::Expr *E, unsigned Depth = 0);
	const clang::Expr *constantSide(const clang::BinaryOperator *BO, int64_t &Value);
	bs_sym atomOf(const clang::Expr *E);
	bs_sym objectOf(const clang::Expr *E, unsigned Depth = 0);
	bs_sym memberField(const clang::Expr *E);
	bs_sym fieldOf(const clang::Expr *E);
	bs_sym callResult(const clang::CallExpr *CE);
	bs_sym macroOf(clang::SourceLocation L, llvm::StringRef Callee);
	void addRegistration(const bs_reg &R);
};

// The function a value designates, if it is one: fn, &fn, (cast)fn.
const clang::FunctionDecl *functionRef(const clang::Expr *E);
// Is it a pointer to a function (or a function, which decays to one)?
bool isFunctionPointer(clang::QualType T);
// The named struct a field belongs to, through anonymous unions and structs.
llvm::StringRef recordName(const clang::RecordDecl *RD);

} // namespace boundscope

#endif
