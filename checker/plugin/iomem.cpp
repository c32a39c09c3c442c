// SPDX-License-Identifier: GPL-2.0
#include "iomem.h"

#include "clang/AST/Type.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Token.h"

#include <algorithm>

using namespace clang;

namespace boundscope {

void IomemCallbacks::MacroExpands(const Token &Name, const MacroDefinition &, SourceRange Range,
				  const MacroArgs *)
{
	const IdentifierInfo *II = Name.getIdentifierInfo();

	if (II && II->getName() == "__iomem")
		Marks.addExpansion(Range.getBegin());
}

void IomemMarks::addExpansion(SourceLocation Loc)
{
	auto [FID, Off] = SM.getDecomposedExpansionLoc(Loc);
	auto &V = Offsets[FID];

	if (!V.empty() && V.back() > Off)
		Sorted = false;
	V.push_back(Off);
}

bool IomemMarks::rangeHasIomem(SourceRange R)
{
	if (R.isInvalid())
		return false;
	auto [BF, BO] = SM.getDecomposedExpansionLoc(R.getBegin());
	auto [EF, EO] = SM.getDecomposedExpansionLoc(R.getEnd());
	if (BF != EF)
		return false;
	auto It = Offsets.find(BF);
	if (It == Offsets.end())
		return false;
	if (!Sorted) {
		for (auto &KV : Offsets)
			std::sort(KV.second.begin(), KV.second.end());
		Sorted = true;
	}
	auto Lo = std::lower_bound(It->second.begin(), It->second.end(), BO);
	return Lo != It->second.end() && *Lo <= EO;
}

bool IomemMarks::typeIsIomem(QualType T)
{
	// A typedef carries the mark of its own declaration: typedef u32 __iomem *regs_t.
	while (const auto *TT = T->getAs<TypedefType>()) {
		if (declIsIomem(TT->getDecl()))
			return true;
		T = TT->getDecl()->getUnderlyingType();
		if (!T->getAs<TypedefType>())
			break;
	}
	return false;
}

bool IomemMarks::declIsIomem(const Decl *D)
{
	if (!D)
		return false;
	auto It = DeclCache.find(D);
	if (It != DeclCache.end())
		return It->second;
	bool Result = false;
	DeclCache[D] = false;	// breaks typedef cycles
	if (const auto *DD = dyn_cast<DeclaratorDecl>(D)) {
		Result = rangeHasIomem(SourceRange(DD->getBeginLoc(), DD->getLocation()));
		if (!Result) {
			QualType T = DD->getType();
			if (const auto *FD = dyn_cast<FunctionDecl>(D))
				T = FD->getReturnType();
			Result = typeIsIomem(T);
		}
	} else if (const auto *TD = dyn_cast<TypedefNameDecl>(D)) {
		Result = rangeHasIomem(SourceRange(TD->getBeginLoc(), TD->getLocation()));
	}
	DeclCache[D] = Result;
	return Result;
}

static bs_origin combine(bs_origin A, bs_origin B)
{
	if (A == BS_ORIGIN_IOMEM || B == BS_ORIGIN_IOMEM)
		return BS_ORIGIN_IOMEM;
	if (A == BS_ORIGIN_UNKNOWN || B == BS_ORIGIN_UNKNOWN)
		return BS_ORIGIN_UNKNOWN;
	return BS_ORIGIN_PLAIN;
}

// The address is MMIO when it derives from an __iomem declaration, plain when it provably
// comes from a pointer declared without __iomem, and unknown (counted as MMIO) otherwise.
bs_origin IomemMarks::originOf(const Expr *E, unsigned Depth)
{
	if (!E || Depth > 16)
		return BS_ORIGIN_UNKNOWN;
	E = E->IgnoreParenImpCasts();
	if (const auto *CE = dyn_cast<CStyleCastExpr>(E)) {
		// A pointer keeps its origin through casts, even a __force cast to __iomem of
		// plain memory; an integer becomes MMIO only when the cast says __iomem.
		const Expr *Sub = CE->getSubExpr()->IgnoreParenImpCasts();
		if (Sub->getType()->isPointerType() || Sub->getType()->isArrayType())
			return originOf(Sub, Depth + 1);
		if (rangeHasIomem(SourceRange(CE->getLParenLoc(), CE->getRParenLoc())))
			return BS_ORIGIN_IOMEM;
		return BS_ORIGIN_UNKNOWN;
	}
	if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
		if (BO->isAdditiveOp()) {
			if (BO->getLHS()->getType()->isPointerType())
				return originOf(BO->getLHS(), Depth + 1);
			if (BO->getRHS()->getType()->isPointerType())
				return originOf(BO->getRHS(), Depth + 1);
			return BS_ORIGIN_UNKNOWN;
		}
		if (BO->getOpcode() == BO_Comma)
			return originOf(BO->getRHS(), Depth + 1);
		return BS_ORIGIN_UNKNOWN;
	}
	if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
		if (UO->getOpcode() == UO_AddrOf)
			return originOf(UO->getSubExpr(), Depth + 1);
		return BS_ORIGIN_UNKNOWN;
	}
	if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E))
		return originOf(AS->getBase(), Depth + 1);
	if (const auto *ME = dyn_cast<MemberExpr>(E)) {
		const ValueDecl *VD = ME->getMemberDecl();
		if (declIsIomem(VD))
			return BS_ORIGIN_IOMEM;
		if (VD->getType()->isPointerType())
			return BS_ORIGIN_PLAIN;
		// a register inside an __iomem struct: &regs->ctrl
		return originOf(ME->getBase(), Depth + 1);
	}
	if (const auto *DR = dyn_cast<DeclRefExpr>(E)) {
		const auto *VD = dyn_cast<VarDecl>(DR->getDecl());
		if (!VD)
			return BS_ORIGIN_UNKNOWN;
		if (declIsIomem(VD))
			return BS_ORIGIN_IOMEM;
		// a local copy (typeof() in macros drops the mark): follow its initializer
		if (VD->hasLocalStorage() && !isa<ParmVarDecl>(VD) && VD->getInit())
			return originOf(VD->getInit(), Depth + 1);
		if (VD->getType()->isPointerType() || VD->getType()->isArrayType())
			return BS_ORIGIN_PLAIN;
		return BS_ORIGIN_UNKNOWN;
	}
	if (const auto *CE = dyn_cast<CallExpr>(E)) {
		const FunctionDecl *FD = CE->getDirectCallee();
		if (FD && declIsIomem(FD))
			return BS_ORIGIN_IOMEM;
		if (FD && FD->getReturnType()->isPointerType())
			return BS_ORIGIN_PLAIN;
		return BS_ORIGIN_UNKNOWN;
	}
	if (const auto *CO = dyn_cast<ConditionalOperator>(E))
		return combine(originOf(CO->getTrueExpr(), Depth + 1),
			       originOf(CO->getFalseExpr(), Depth + 1));
	if (const auto *SE = dyn_cast<StmtExpr>(E)) {
		const CompoundStmt *CS = SE->getSubStmt();
		if (!CS->body_empty())
			if (const auto *Last = dyn_cast<Expr>(CS->body_back()))
				return originOf(Last, Depth + 1);
	}
	return BS_ORIGIN_UNKNOWN;
}

} // namespace boundscope
