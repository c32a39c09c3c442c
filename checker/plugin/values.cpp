// SPDX-License-Identifier: GPL-2.0
#include "values.h"
#include "lower.h"

#include "clang/AST/RecursiveASTVisitor.h"

using namespace clang;

namespace boundscope {

static const unsigned MaxDepth = 8;

// The variable an lvalue is rooted at: tbl in tbl[i].f = ..., ++p.
static const VarDecl *rootVar(const Expr *E)
{
	for (int i = 0; E && i < 16; i++) {
		E = E->IgnoreParenCasts();
		if (const auto *DR = dyn_cast<DeclRefExpr>(E))
			return dyn_cast<VarDecl>(DR->getDecl());
		if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E))
			E = AS->getBase();
		else if (const auto *ME = dyn_cast<MemberExpr>(E); ME && !ME->isArrow())
			E = ME->getBase();
		else
			return nullptr;
	}
	return nullptr;
}

// Every write the unit makes: assignments, increments, and a global whose address escapes as
// a pointer to something writable (it could be written through it).
class WriteScan : public RecursiveASTVisitor<WriteScan> {
public:
	explicit WriteScan(llvm::DenseSet<const VarDecl *> &W) : W(W) {}

	bool VisitBinaryOperator(BinaryOperator *BO)
	{
		if (BO->isAssignmentOp())
			mark(BO->getLHS());
		return true;
	}

	bool VisitUnaryOperator(UnaryOperator *UO)
	{
		if (UO->isIncrementDecrementOp())
			mark(UO->getSubExpr());
		else if (UO->getOpcode() == UO_AddrOf && writable(UO->getType()))
			mark(UO->getSubExpr());
		return true;
	}

	bool VisitImplicitCastExpr(ImplicitCastExpr *IC)
	{
		if (IC->getCastKind() == CK_ArrayToPointerDecay && writable(IC->getType()))
			decays.insert(IC);
		return true;
	}

	bool VisitArraySubscriptExpr(ArraySubscriptExpr *AS)
	{
		// tbl[i] reads through the decayed pointer: not an escape
		subscripted.insert(AS->getBase()->IgnoreParens());
		return true;
	}

	void finish()
	{
		for (const Expr *E : decays)
			if (!subscripted.count(E))
				mark(E);
	}

private:
	llvm::DenseSet<const VarDecl *> &W;
	llvm::DenseSet<const Expr *> decays, subscripted;

	static bool writable(QualType T)
	{
		return T->isPointerType() && !T->getPointeeType().isConstQualified();
	}

	void mark(const Expr *E)
	{
		if (const VarDecl *VD = rootVar(E))
			W.insert(VD);
	}
};

// Every direct call of a function in the unit, and every naming of one (a call names its
// callee once; any other naming takes its address).
class CallIndex : public RecursiveASTVisitor<CallIndex> {
public:
	CallIndex(llvm::DenseMap<const FunctionDecl *, std::vector<const CallExpr *>> &Calls,
		  llvm::DenseMap<const FunctionDecl *, unsigned> &Named)
		: Calls(Calls), Named(Named) {}

	bool VisitCallExpr(CallExpr *CE)
	{
		if (const FunctionDecl *FD = CE->getDirectCallee())
			Calls[FD->getCanonicalDecl()].push_back(CE);
		return true;
	}

	bool VisitDeclRefExpr(DeclRefExpr *DR)
	{
		if (const auto *FD = dyn_cast<FunctionDecl>(DR->getDecl()))
			Named[FD->getCanonicalDecl()]++;
		return true;
	}

private:
	llvm::DenseMap<const FunctionDecl *, std::vector<const CallExpr *>> &Calls;
	llvm::DenseMap<const FunctionDecl *, unsigned> &Named;
};

// Every value a function returns.
class ReturnScan : public RecursiveASTVisitor<ReturnScan> {
public:
	std::vector<const Expr *> Vals;
	bool Bare = false;	// a return without a value

	bool VisitReturnStmt(ReturnStmt *RS)
	{
		if (RS->getRetValue())
			Vals.push_back(RS->getRetValue());
		else
			Bare = true;
		return true;
	}
	// a nested function's returns are not this one's (blocks, lambdas do not occur in C)
};

void Values::index()
{
	if (Indexed)
		return;
	CallIndex I(Calls, Named);
	I.TraverseDecl(Ctx.getTranslationUnitDecl());
	Indexed = true;
}

// A parameter of a function only this unit can call, whose address is never taken: the one
// key every call passes for it (amdgpu_ras_debugfs_create(adev, &fs_info, dir)); otherwise
// the parameter itself, "param:func:N", which the core resolves for callbacks.
std::string Values::paramKey(const ParmVarDecl *PV, unsigned Depth)
{
	const auto *FD = dyn_cast<FunctionDecl>(PV->getDeclContext());
	if (!FD)
		return "";
	unsigned N = PV->getFunctionScopeIndex();
	std::string Own = "param:" + FD->getName().str() + ":" + std::to_string(N);
	const FunctionDecl *Canon = FD->getCanonicalDecl();

	index();
	auto It = Calls.find(Canon);
	if (FD->isExternallyVisible() || It == Calls.end() ||
	    Named.lookup(Canon) != It->second.size())
		return Own;
	std::string K;
	for (size_t i = 0; i < It->second.size(); i++) {
		const CallExpr *CE = It->second[i];
		std::string V = N < CE->getNumArgs() ? key(CE->getArg(N), Depth + 1) : "";
		if (V.empty() || (i && V != K))
			return Own;
		K = V;
	}
	return K;
}

// What a function of this unit returns, when every return agrees on one key that does not
// depend on its own parameters (a helper returning the debugfs directory it created); "" if
// not.
std::string Values::returnKey(const FunctionDecl *FD, unsigned Depth)
{
	const FunctionDecl *Def = FD->getDefinition();
	if (!Def || !Def->getBody())
		return "";
	auto It = Returns.find(Def);
	if (It == Returns.end()) {
		ReturnScan S;
		S.TraverseStmt(Def->getBody());
		if (S.Bare)
			S.Vals.clear();
		It = Returns.insert({ Def, S.Vals }).first;
	}
	const std::vector<const Expr *> &Vals = It->second;
	if (Vals.empty())
		return "";
	std::string K;
	for (size_t i = 0; i < Vals.size(); i++) {
		std::string V = key(Vals[i], Depth + 1);
		if (V.empty() || (i && V != K) || V.find("param:" + Def->getName().str() + ":") !=
							  std::string::npos)
			return "";
		K = V;
	}
	return K;
}

// A global nothing can change: const, or internal and never written in this unit.
bool Values::readOnly(const VarDecl *VD)
{
	if (!VD->hasGlobalStorage() || !VD->getInit())
		return false;
	QualType T = VD->getType();
	while (const ArrayType *AT = Ctx.getAsArrayType(T))
		T = AT->getElementType();
	if (T.isConstQualified())
		return true;
	if (VD->isExternallyVisible())
		return false;
	if (!Scanned) {
		WriteScan S(Written);
		S.TraverseDecl(Ctx.getTranslationUnitDecl());
		S.finish();
		Scanned = true;
	}
	return !Written.count(VD);
}

// Every value a local is given: its initializer and each assignment in its function. False if
// its address is taken (it could be written through it). Increments keep a pointer into the
// same table, so they add nothing.
bool Values::assigned(const VarDecl *VD, std::vector<const Expr *> &Vals)
{
	const auto *FD = dyn_cast<FunctionDecl>(VD->getDeclContext());
	if (!FD || !FD->getBody() || isa<ParmVarDecl>(VD))
		return false;
	if (auto It = Assigned.find(VD); It != Assigned.end()) {
		Vals = It->second;
		return !Vals.empty();
	}
	std::vector<const Expr *> &Found = Assigned[VD];
	if (!scan(VD, FD, Found))
		Found.clear();
	Vals = Found;
	return !Vals.empty();
}

bool Values::scan(const VarDecl *VD, const FunctionDecl *FD, std::vector<const Expr *> &Vals)
{
	if (VD->getInit())
		Vals.push_back(VD->getInit());
	struct Scan : RecursiveASTVisitor<Scan> {
		const VarDecl *VD;
		std::vector<const Expr *> &Vals;
		bool Escapes = false;
		Scan(const VarDecl *VD, std::vector<const Expr *> &Vals) : VD(VD), Vals(Vals) {}
		bool is(const Expr *E)
		{
			const auto *DR = dyn_cast<DeclRefExpr>(E->IgnoreParenCasts());
			return DR && DR->getDecl() == VD;
		}
		bool VisitBinaryOperator(BinaryOperator *BO)
		{
			if (BO->getOpcode() == BO_Assign && is(BO->getLHS()))
				Vals.push_back(BO->getRHS());
			else if (BO->isCompoundAssignmentOp() && is(BO->getLHS()) &&
				 !VD->getType()->isPointerType())
				Escapes = true;
			return true;
		}
		bool VisitUnaryOperator(UnaryOperator *UO)
		{
			if (UO->getOpcode() == UO_AddrOf && is(UO->getSubExpr()))
				Escapes = true;
			return true;
		}
	} S(VD, Vals);
	S.TraverseStmt(FD->getBody());
	return !S.Escapes && !Vals.empty();
}

// The read-only global array E points into: tbl, &tbl[i], tbl + i, or a local only ever
// given such values (a loop cursor).
const VarDecl *Values::table(const Expr *E, unsigned Depth)
{
	if (!E || Depth > MaxDepth)
		return nullptr;
	E = E->IgnoreParenCasts();
	if (const auto *UO = dyn_cast<UnaryOperator>(E); UO && UO->getOpcode() == UO_AddrOf) {
		const auto *AS = dyn_cast<ArraySubscriptExpr>(UO->getSubExpr()->IgnoreParens());
		return AS ? table(AS->getBase(), Depth + 1) : nullptr;
	}
	if (const auto *BO = dyn_cast<BinaryOperator>(E); BO && BO->isAdditiveOp())
		return table(BO->getLHS()->getType()->isPointerType() ? BO->getLHS() : BO->getRHS(),
			     Depth + 1);
	const auto *DR = dyn_cast<DeclRefExpr>(E);
	const auto *VD = DR ? dyn_cast<VarDecl>(DR->getDecl()) : nullptr;
	if (!VD)
		return nullptr;
	if (VD->hasGlobalStorage())
		return Ctx.getAsArrayType(VD->getType()) && readOnly(VD) ? VD : nullptr;
	std::vector<const Expr *> Vals;
	const VarDecl *Found = nullptr;
	if (!VD->getType()->isPointerType() || !assigned(VD, Vals))
		return nullptr;
	for (const Expr *V : Vals) {
		const VarDecl *T = table(V, Depth + 1);
		if (!T || (Found && T != Found))
			return nullptr;
		Found = T;
	}
	return Found;
}

// What one element initializer of Tbl gives for the member path Path[At...]: a global named
// by address or by name; an embedded struct (&tbl[i].fops) is part of the table itself.
bool Values::element(const Expr *Init, const std::vector<const FieldDecl *> &Path, size_t At,
		     const VarDecl *Tbl, std::set<std::string> &Out)
{
	if (!Init)
		return true;	// no initializer: a NULL pointer, nothing registered
	Init = Init->IgnoreParenImpCasts();
	if (const auto *ILE = dyn_cast<InitListExpr>(Init)) {
		if (!ILE->isSemanticForm() && ILE->getSemanticForm())
			ILE = ILE->getSemanticForm();
		if (At == Path.size()) {
			Out.insert("var:" + Tbl->getName().str());
			return true;
		}
		const RecordDecl *RD = ILE->getType()->getAsRecordDecl();
		if (!RD || RD->isUnion())
			return false;
		unsigned i = 0;
		for (const FieldDecl *F : RD->fields()) {
			if (F == Path[At])
				return i < ILE->getNumInits() ?
					element(ILE->getInit(i), Path, At + 1, Tbl, Out) : true;
			i++;
		}
		return false;
	}
	if (At != Path.size())
		return false;
	if (isa<ImplicitValueInitExpr>(Init) || Init->isNullPointerConstant(
		    Ctx, Expr::NPC_ValueDependentIsNotNull))
		return true;
	const Expr *E = Init->IgnoreParenCasts();
	if (const auto *UO = dyn_cast<UnaryOperator>(E); UO && UO->getOpcode() == UO_AddrOf)
		E = UO->getSubExpr()->IgnoreParenCasts();
	const auto *DR = dyn_cast<DeclRefExpr>(E);
	const auto *VD = DR ? dyn_cast<VarDecl>(DR->getDecl()) : nullptr;
	if (!VD || !VD->hasGlobalStorage())
		return false;
	Out.insert("var:" + VD->getName().str());
	return true;
}

bool Values::objects(const Expr *E, std::set<std::string> &Out, unsigned Depth)
{
	if (!E || Depth > MaxDepth)
		return false;
	E = E->IgnoreParenCasts();
	// either branch of a choice: RO(mode) ? &foo_fops_ro : &foo_fops
	if (const auto *CO = dyn_cast<ConditionalOperator>(E))
		return objects(CO->getTrueExpr(), Out, Depth + 1) &&
		       objects(CO->getFalseExpr(), Out, Depth + 1);
	if (const auto *UO = dyn_cast<UnaryOperator>(E); UO && UO->getOpcode() == UO_AddrOf)
		E = UO->getSubExpr()->IgnoreParenCasts();
	// the member path down from a table element: tbl[i].fops, cur->fops
	std::vector<const FieldDecl *> Path;
	for (int i = 0; i < 16; i++) {
		const auto *ME = dyn_cast<MemberExpr>(E);
		const auto *F = ME ? dyn_cast<FieldDecl>(ME->getMemberDecl()) : nullptr;
		if (!F)
			break;
		Path.insert(Path.begin(), F);
		E = ME->getBase()->IgnoreParenCasts();
		if (ME->isArrow()) {
			const VarDecl *Tbl = table(E, Depth + 1);
			if (!Tbl)
				return false;
			E = nullptr;
			const auto *ILE = dyn_cast<InitListExpr>(Tbl->getInit()->IgnoreParenImpCasts());
			for (unsigned k = 0; ILE && k < ILE->getNumInits(); k++)
				if (!element(ILE->getInit(k), Path, 0, Tbl, Out))
					return false;
			return ILE != nullptr;
		}
	}
	if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E)) {
		const VarDecl *Tbl = table(AS->getBase(), Depth + 1);
		const auto *ILE = Tbl ? dyn_cast<InitListExpr>(Tbl->getInit()->IgnoreParenImpCasts())
				      : nullptr;
		if (!ILE)
			return false;
		for (unsigned k = 0; k < ILE->getNumInits(); k++)
			if (!element(ILE->getInit(k), Path, 0, Tbl, Out))
				return false;
		return true;
	}
	const auto *DR = dyn_cast<DeclRefExpr>(E);
	const auto *VD = DR ? dyn_cast<VarDecl>(DR->getDecl()) : nullptr;
	if (!VD || !Path.empty())
		return false;
	if (VD->hasGlobalStorage()) {
		if (!VD->getType()->isPointerType()) {
			Out.insert("var:" + VD->getName().str());
			return true;
		}
		return readOnly(VD) && objects(VD->getInit(), Out, Depth + 1);
	}
	std::vector<const Expr *> Vals;
	if (!assigned(VD, Vals))
		return false;
	for (const Expr *V : Vals)
		if (!objects(V, Out, Depth + 1))
			return false;
	return true;
}

std::string Values::key(const Expr *E, unsigned Depth)
{
	if (!E || Depth > MaxDepth)
		return "";
	if (E->isNullPointerConstant(Ctx, Expr::NPC_ValueDependentIsNotNull))
		return "null";
	E = E->IgnoreParenCasts();
	if (const auto *ME = dyn_cast<MemberExpr>(E)) {
		// the member's own struct, whatever it is embedded in: drm_device::debugfs_root
		const auto *F = dyn_cast<FieldDecl>(ME->getMemberDecl());
		return F ? recordName(F->getParent()).str() + "::" + F->getName().str() : "";
	}
	if (const auto *CE = dyn_cast<CallExpr>(E)) {
		const FunctionDecl *FD = CE->getDirectCallee();
		if (!FD)
			return "";
		// a helper of the driver's own stands for what it returns
		if (std::string R = returnKey(FD, Depth); !R.empty())
			return R;
		std::string K = FD->getName().str() + "(";
		for (unsigned i = 0; i < CE->getNumArgs(); i++)
			K += (i ? "|" : "") + key(CE->getArg(i), Depth + 1);
		return K + ")";
	}
	const auto *DR = dyn_cast<DeclRefExpr>(E);
	const auto *VD = DR ? dyn_cast<VarDecl>(DR->getDecl()) : nullptr;
	if (!VD)
		return "";
	if (VD->hasGlobalStorage())
		return "var:" + VD->getName().str();
	if (const auto *PV = dyn_cast<ParmVarDecl>(VD))
		return paramKey(PV, Depth);
	// a local: the one key every value it is given agrees on
	std::vector<const Expr *> Vals;
	std::string K;
	if (!assigned(VD, Vals))
		return "";
	for (size_t i = 0; i < Vals.size(); i++) {
		std::string V = key(Vals[i], Depth + 1);
		if (V.empty() || (i && V != K))
			return "";
		K = V;
	}
	return K;
}

} // namespace boundscope
