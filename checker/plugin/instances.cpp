// SPDX-License-Identifier: GPL-2.0
// Instance keys of pointers and objects (instances.h).
#include "instances.h"
#include "lower.h"

#include "clang/AST/Attr.h"
#include "clang/AST/RecursiveASTVisitor.h"

using namespace clang;

namespace boundscope {

static const std::string Unknown, Other = "inst:other";
static const unsigned MaxDepth = 8;

namespace {
// Every value stored into a local, and the locals whose address is taken.
class LocalValues : public RecursiveASTVisitor<LocalValues> {
public:
	LocalValues(llvm::DenseMap<const VarDecl *, std::vector<const Expr *>> &Values,
		    llvm::DenseSet<const VarDecl *> &Escaped)
		: Values(Values), Escaped(Escaped) {}

	bool VisitVarDecl(VarDecl *VD)
	{
		// a local declared without an initializer holds nothing until it is assigned
		if (VD->hasLocalStorage() && !isa<ParmVarDecl>(VD))
			if (auto &V = Values[VD]; VD->getInit())
				V.push_back(VD->getInit());
		return true;
	}
	bool VisitBinaryOperator(BinaryOperator *BO)
	{
		if (const VarDecl *VD = local(BO->getLHS()); VD && BO->isAssignmentOp())
			Values[VD].push_back(BO->getOpcode() == BO_Assign ? BO->getRHS() : nullptr);
		return true;
	}
	bool VisitUnaryOperator(UnaryOperator *UO)
	{
		if (const VarDecl *VD = local(UO->getSubExpr())) {
			if (UO->getOpcode() == UO_AddrOf)
				Escaped.insert(VD);
			else if (UO->isIncrementDecrementOp())
				Values[VD].push_back(nullptr);
		}
		return true;
	}

private:
	llvm::DenseMap<const VarDecl *, std::vector<const Expr *>> &Values;
	llvm::DenseSet<const VarDecl *> &Escaped;

	static const VarDecl *local(const Expr *E)
	{
		const auto *DR = dyn_cast<DeclRefExpr>(E->IgnoreParenCasts());
		const auto *VD = DR ? dyn_cast<VarDecl>(DR->getDecl()) : nullptr;
		return VD && VD->hasLocalStorage() ? VD : nullptr;
	}
};
} // namespace

void InstanceKeys::beginFunction(const FunctionDecl *FD)
{
	Function = FD;
	Collected = false;
}

// The values stored into a local of the current function, null if its address is taken.
const std::vector<const Expr *> *InstanceKeys::valuesOf(const VarDecl *VD) const
{
	if (!Collected) {	/* most functions never ask: walk the body only for those that do */
		Values.clear();
		Escaped.clear();
		if (Function && Function->getBody())
			LocalValues(Values, Escaped).TraverseStmt(Function->getBody());
		Collected = true;
	}
	auto It = Values.find(VD);
	return It == Values.end() || Escaped.count(VD) ? nullptr : &It->second;
}

/* Two keys of one value: equal, or unknown. */
static std::string merge(const std::string &A, const std::string &B, bool First)
{
	return First || A == B ? B : Unknown;
}

static bool isFresh(const CallExpr *CE)
{
	const FunctionDecl *FD = CE->getDirectCallee();
	return FD && (FD->hasAttr<AllocSizeAttr>() || FD->hasAttr<RestrictAttr>());
}

std::string InstanceKeys::ofPointer(const Expr *P, unsigned Depth) const
{
	if (!P || Depth > MaxDepth)
		return Unknown;
	P = P->IgnoreParenCasts();
	if (const auto *UO = dyn_cast<UnaryOperator>(P); UO && UO->getOpcode() == UO_AddrOf)
		return ofObject(UO->getSubExpr(), Depth + 1);
	if (P->getType()->isArrayType())	/* an array decays to its first element */
		return ofObject(P, Depth + 1);
	if (const auto *SE = dyn_cast<StmtExpr>(P)) {
		const CompoundStmt *CS = SE->getSubStmt();
		const auto *Last = CS->body_empty() ? nullptr : dyn_cast<Expr>(CS->body_back());
		return ofPointer(Last, Depth + 1);
	}
	if (const auto *CO = dyn_cast<ConditionalOperator>(P)) {
		std::string A = ofPointer(CO->getTrueExpr(), Depth + 1);
		return merge(A, ofPointer(CO->getFalseExpr(), Depth + 1), false);
	}
	if (const auto *CE = dyn_cast<CallExpr>(P))
		return isFresh(CE) ? Other : Unknown;
	const auto *DR = dyn_cast<DeclRefExpr>(P);
	const auto *VD = DR ? dyn_cast<VarDecl>(DR->getDecl()) : nullptr;
	const std::vector<const Expr *> *Vals =
		VD && !isa<ParmVarDecl>(VD) && VD->hasLocalStorage() ? valuesOf(VD) : nullptr;
	if (!Vals)
		return Unknown;
	std::string Key;
	bool First = true;
	for (const Expr *V : *Vals) {
		if (!V)
			return Unknown;
		Key = merge(Key, ofPointer(V, Depth + 1), First);
		First = false;
		if (Key.empty())
			return Unknown;
	}
	return Key;
}

std::string InstanceKeys::ofObject(const Expr *O, unsigned Depth) const
{
	if (!O || Depth > MaxDepth)
		return Unknown;
	O = O->IgnoreParenCasts();
	if (const auto *ME = dyn_cast<MemberExpr>(O)) {
		const auto *FD = dyn_cast<FieldDecl>(ME->getMemberDecl());
		return embedsObjects(FD) ? embeddedInstance(FD) : Unknown;
	}
	if (const auto *AS = dyn_cast<ArraySubscriptExpr>(O)) {
		const Expr *Base = AS->getBase()->IgnoreParenImpCasts();
		return Base->getType()->isArrayType() ? ofObject(Base, Depth + 1)
						      : ofPointer(Base, Depth + 1);
	}
	if (const auto *UO = dyn_cast<UnaryOperator>(O); UO && UO->getOpcode() == UO_Deref)
		return ofPointer(UO->getSubExpr(), Depth + 1);
	if (isa<CompoundLiteralExpr>(O))
		return Other;
	if (const auto *DR = dyn_cast<DeclRefExpr>(O); DR && isa<VarDecl>(DR->getDecl()))
		return Other;
	return Unknown;
}

std::string InstanceKeys::ownerOf(const MemberExpr *Table, int &Param) const
{
	const Expr *Base = Table->getBase()->IgnoreParenCasts();

	Param = -1;
	if (!Table->isArrow())
		return ofObject(Base);
	if (const auto *DR = dyn_cast<DeclRefExpr>(Base))
		if (const auto *PV = dyn_cast<ParmVarDecl>(DR->getDecl()))
			Param = PV->getFunctionScopeIndex();
	return ofPointer(Base);
}

bool isRecordPointerField(const FieldDecl *FD)
{
	const auto *PT = FD ? FD->getType()->getAs<PointerType>() : nullptr;
	return PT && PT->getPointeeType()->isRecordType();
}

bool embedsObjects(const FieldDecl *FD)
{
	QualType T = FD ? FD->getType() : QualType();
	while (!T.isNull() && T->isArrayType())
		T = T->castAsArrayTypeUnsafe()->getElementType();
	return !T.isNull() && T->isRecordType();
}

std::string embeddedInstance(const FieldDecl *FD)
{
	return "inst:" + recordName(FD->getParent()).str() + "." + FD->getName().str();
}

std::string tableValue(const Expr *V, ASTContext &Ctx)
{
	if (!V)
		return "?";
	if (V->isNullPointerConstant(Ctx, Expr::NPC_ValueDependentIsNotNull))
		return "null";
	V = V->IgnoreParenCasts();
	if (const auto *UO = dyn_cast<UnaryOperator>(V); UO && UO->getOpcode() == UO_AddrOf)
		V = UO->getSubExpr()->IgnoreParenCasts();
	const auto *DR = dyn_cast<DeclRefExpr>(V);
	const auto *VD = DR ? dyn_cast<VarDecl>(DR->getDecl()) : nullptr;
	if (VD && VD->hasGlobalStorage() && !VD->isStaticLocal())
		return "var:" + VD->getName().str();
	return "?";
}

} // namespace boundscope
