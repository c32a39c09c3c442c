// SPDX-License-Identifier: GPL-2.0
#include "lower.h"

#include "clang/AST/Expr.h"
#include "clang/AST/Stmt.h"
#include "clang/Analysis/CFG.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

using namespace clang;

namespace boundscope {

// describeUnit() started the unit: the driver is the main file's directory
static std::string driverDir(const bs_tu *TU)
{
	if (!TU->units.n)
		return "";
	return std::string(llvm::sys::path::parent_path(
		bs_str(TU->strs, TU->units.v[TU->units.n - 1].path)));
}

Lowerer::Lowerer(ASTContext &Ctx, IomemMarks &Marks, bs_tu *TU)
	: Ctx(Ctx), SM(Ctx.getSourceManager()), Marks(Marks), TU(TU),
	  Driver(Ctx.getSourceManager(), driverDir(TU))
{
}

bs_sym Lowerer::intern(llvm::StringRef S)
{
	return bs_intern(TU->strs, S.str().c_str());
}

// Diagnostics point at the driver's own text: a macro's expansion site, never its body.
bs_loc Lowerer::loc(SourceLocation L)
{
	bs_loc R = {};
	SourceLocation E = SM.getExpansionLoc(L);
	PresumedLoc P = SM.getPresumedLoc(E);

	if (P.isInvalid())
		return R;
	R.file = intern(P.getFilename());
	R.line = P.getLine();
	R.col = P.getColumn();
	R.cookie = E.getRawEncoding();
	return R;
}

bool Lowerer::inDriver(SourceLocation L)
{
	return Driver.contains(L);
}

const FunctionDecl *functionRef(const Expr *E)
{
	for (int i = 0; E && i < 8; i++) {
		E = E->IgnoreParenCasts();
		if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
			if (UO->getOpcode() != UO_AddrOf && UO->getOpcode() != UO_Deref)
				return nullptr;
			E = UO->getSubExpr();
			continue;
		}
		if (const auto *DR = dyn_cast<DeclRefExpr>(E))
			return dyn_cast<FunctionDecl>(DR->getDecl());
		// cond ? fn : NULL, as pm_sleep_ptr() and PTR_IF() expand
		if (const auto *CO = dyn_cast<ConditionalOperator>(E)) {
			if (const FunctionDecl *FD = functionRef(CO->getTrueExpr()))
				return FD;
			E = CO->getFalseExpr();
			continue;
		}
		return nullptr;
	}
	return nullptr;
}

void Lowerer::enqueue(const FunctionDecl *FD)
{
	if (!FD)
		return;
	const FunctionDecl *Def = FD->getDefinition();
	if (!Def || !Def->hasBody() || Def->getBuiltinID())
		return;
	// Accessors and guard primitives are lowered too: the core makes them leaves when the
	// configuration names them (bind.c).
	if (Queued.insert(Def).second)
		Work.push_back(Def);
}

bs_sym Lowerer::callResult(const CallExpr *CE)
{
	auto It = CallIds.try_emplace(CE, CallIds.size() + 1).first;
	return intern("call#" + std::to_string(It->second));
}

// The object a volatile access names: READ_ONCE(x) and WRITE_ONCE(x, v) reach x as
// *(volatile T *)&(x), which rcu_dereference() and friends wrap again; a test of the value
// read is a test of x (a predicate field read under RCU, a local kept that way).
static const Expr *readThrough(const Expr *E)
{
	E = E->IgnoreParenCasts();
	for (int i = 0; i < 8; i++) {
		const auto *Deref = dyn_cast<UnaryOperator>(E);
		if (!Deref || Deref->getOpcode() != UO_Deref)
			break;
		const auto *Addr = dyn_cast<UnaryOperator>(Deref->getSubExpr()->IgnoreParenCasts());
		if (!Addr || Addr->getOpcode() != UO_AddrOf)
			break;
		E = Addr->getSubExpr()->IgnoreParenCasts();
	}
	return E;
}

static const Expr *stripAtom(const Expr *E)
{
	E = readThrough(E);
	if (const auto *UO = dyn_cast<UnaryOperator>(E))
		if (UO->getOpcode() == UO_AddrOf)
			return UO->getSubExpr()->IgnoreParenCasts();
	return E;
}

bs_sym Lowerer::varAtom(const VarDecl *VD)
{
	return intern(VD->getName().str() + "#" + std::to_string(VD->getID()));
}

bool isFunctionPointer(QualType T)
{
	if (T.isNull())
		return false;
	if (T->isFunctionType())
		return true;
	const auto *PT = T->getAs<PointerType>();
	return PT && PT->getPointeeType()->isFunctionType();
}

// A name for a value the flow analysis can trace: a variable, or a side-effect-free chain
// of member accesses from one (dev->drm). Locals are told apart by their declaration.
bs_sym Lowerer::atomOf(const Expr *E)
{
	if (!E)
		return 0;
	E = stripAtom(E);
	if (const auto *DR = dyn_cast<DeclRefExpr>(E)) {
		const auto *VD = dyn_cast<VarDecl>(DR->getDecl());
		if (!VD)
			return 0;
		return varAtom(VD);
	}
	if (const auto *ME = dyn_cast<MemberExpr>(E)) {
		if (E->HasSideEffects(Ctx))
			return 0;
		const Expr *Base = ME->getBase()->IgnoreParenCasts();
		if (!atomOf(Base))
			return 0;
		std::string S;
		llvm::raw_string_ostream OS(S);
		E->printPretty(OS, nullptr, Ctx.getPrintingPolicy());
		return intern(OS.str());
	}
	return 0;
}

// The object an address points into, named by type and member path so that every place
// that touches the same item agrees: &fw->watchdog.ping_work -> "panthor_fw::watchdog.ping_work".
// A global object is named by its variable. 0 when nothing names it (a bare parameter).
bs_sym Lowerer::objectOf(const Expr *E, unsigned Depth)
{
	if (!E)
		return 0;
	E = E->IgnoreParenCasts();
	if (const auto *UO = dyn_cast<UnaryOperator>(E); UO && UO->getOpcode() == UO_AddrOf)
		E = UO->getSubExpr()->IgnoreParenCasts();
	llvm::SmallVector<llvm::StringRef, 4> Path;
	QualType Outer;
	for (int i = 0; E && i < 16; i++) {
		const auto *ME = dyn_cast<MemberExpr>(E);
		if (!ME)
			break;
		Path.push_back(ME->getMemberDecl()->getName());
		const Expr *Base = ME->getBase()->IgnoreParenCasts();
		if (!ME->isArrow()) {
			E = Base;
			continue;
		}
		if (const auto *BU = dyn_cast<UnaryOperator>(Base); BU && BU->getOpcode() == UO_AddrOf) {
			E = BU->getSubExpr()->IgnoreParenCasts();	// (&x)->m is x.m
			continue;
		}
		// the record the member belongs to, as written: a cast base such as
		// container_of's ((type *)(p - off)) loses it once casts are stripped
		Outer = ME->getBase()->getType()->getPointeeType();
		E = nullptr;
	}
	if (E) {
		const auto *DR = dyn_cast<DeclRefExpr>(E);
		const auto *VD = DR ? dyn_cast<VarDecl>(DR->getDecl()) : nullptr;
		// A local that a macro declares to evaluate its argument once (6.12's
		// flush_workqueue(wq) is ({ struct workqueue_struct *_wq = (wq); ...
		// __flush_workqueue(_wq); })) names what its initialiser names.
		if (Path.empty() && VD && VD->isLocalVarDecl() && VD->getLocation().isMacroID() &&
		    VD->getInit() && Depth < 4)
			return objectOf(VD->getInit(), Depth + 1);
		if (Path.empty())
			return VD && VD->hasGlobalStorage() ? intern("var:" + VD->getName().str()) : 0;
		Outer = E->getType();
	}
	const RecordDecl *RD = Outer.isNull() ? nullptr : Outer->getAsRecordDecl();
	if (!RD || recordName(RD).empty())
		return 0;
	std::string Key = recordName(RD).str() + "::";
	for (size_t i = Path.size(); i-- > 0;)
		Key += Path[i].str() + (i ? "." : "");
	return intern(Key);
}

// A value that can only be 0 or 1: a _Bool, or a comparison or logical operator's result.
static bool isBoolean(const Expr *E)
{
	E = E->IgnoreParenImpCasts();
	if (E->getType()->isBooleanType())
		return true;
	if (const auto *BO = dyn_cast<BinaryOperator>(E))
		return BO->isComparisonOp() || BO->isLogicalOp();
	if (const auto *UO = dyn_cast<UnaryOperator>(E))
		return UO->getOpcode() == UO_LNot;
	return false;
}

// The operand of a binary operator whose other side is an integer constant (in Value), or null.
const Expr *Lowerer::constantSide(const BinaryOperator *BO, int64_t &Value)
{
	Expr::EvalResult R;
	const Expr *Other = nullptr;

	if (BO->getRHS()->EvaluateAsInt(R, Ctx))
		Other = BO->getLHS();
	else if (BO->getLHS()->EvaluateAsInt(R, Ctx))
		Other = BO->getRHS();
	if (Other)
		Value = R.Val.getInt().getExtValue();
	return Other;
}

int Lowerer::lowerCond(bs_func *F, const Expr *E, unsigned Depth)
{
	bs_cond C = {};
	C.a = C.b = -1;

	if (!E || Depth > 32)
		return bs_func_add_cond(F, C);
	E = readThrough(E);
	if (const auto *FE = dyn_cast<FullExpr>(E))
		return lowerCond(F, FE->getSubExpr(), Depth + 1);
	if (!E->isValueDependent() && !E->HasSideEffects(Ctx)) {
		Expr::EvalResult R;
		if (E->EvaluateAsInt(R, Ctx)) {
			C.kind = BS_COND_CONST;
			C.value = R.Val.getInt().getExtValue();
			return bs_func_add_cond(F, C);
		}
	}
	if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
		if (UO->getOpcode() == UO_LNot) {
			C.kind = BS_COND_NOT;
			C.a = lowerCond(F, UO->getSubExpr(), Depth + 1);
		}
		return bs_func_add_cond(F, C);
	}
	if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
		switch (BO->getOpcode()) {
		case BO_LAnd:
		case BO_LOr:
			C.kind = BO->getOpcode() == BO_LAnd ? BS_COND_AND : BS_COND_OR;
			C.a = lowerCond(F, BO->getLHS(), Depth + 1);
			C.b = lowerCond(F, BO->getRHS(), Depth + 1);
			return bs_func_add_cond(F, C);
		case BO_EQ:
		case BO_NE: {
			if (const Expr *Other = constantSide(BO, C.value)) {
				bool Eq = BO->getOpcode() == BO_EQ;
				// x == 1 is x only for a boolean: an enum or a count that is
				// non-zero need not be 1
				if (C.value == 0 || isBoolean(Other))
					C.kind = Eq ? BS_COND_EQ : BS_COND_NE;
				else
					C.kind = Eq ? BS_COND_VEQ : BS_COND_VNE;
				C.a = lowerCond(F, Other, Depth + 1);
			}
			return bs_func_add_cond(F, C);
		}
		case BO_And: {	// a bit test, flags & BIT(n): a predicate flag may be one bit
			if (const Expr *Other = constantSide(BO, C.value)) {
				C.kind = BS_COND_MASK;
				C.a = lowerCond(F, Other, Depth + 1);
			}
			return bs_func_add_cond(F, C);
		}
		case BO_Assign:
		case BO_Comma:
			return lowerCond(F, BO->getRHS(), Depth + 1);
		default:
			return bs_func_add_cond(F, C);
		}
	}
	if (const auto *CE = dyn_cast<CallExpr>(E)) {
		const FunctionDecl *FD = CE->getDirectCallee();
		C.kind = BS_COND_CALL;
		C.sym = FD ? intern(FD->getName()) : 0;
		C.atom = callResult(CE);
		int Arg = CE->getNumArgs() ? lowerCond(F, CE->getArg(0), Depth + 1) : -1;
		C.a = Arg;
		return bs_func_add_cond(F, C);
	}
	if (const auto *SE = dyn_cast<StmtExpr>(E)) {
		const CompoundStmt *CS = SE->getSubStmt();
		if (!CS->body_empty())
			if (const auto *Last = dyn_cast<Expr>(CS->body_back()))
				return lowerCond(F, Last, Depth + 1);
		return bs_func_add_cond(F, C);
	}
	if (bs_sym A = atomOf(E)) {
		C.kind = BS_COND_ATOM;
		C.sym = A;
	}
	// a field test carries its struct and member, for predicate guards on a flag; a value
	// read from a field too, traced or not (to_foo(dev)->map), for the MMIO handles it holds
	C.atom = memberField(E);
	return bs_func_add_cond(F, C);
}

// The struct member an expression reads, "field:<struct>.<member>", or 0: named by the struct
// that declares it, so that every path to it agrees (priv->hw.map and hw->map).
bs_sym Lowerer::memberField(const Expr *E)
{
	const auto *ME = dyn_cast<MemberExpr>(readThrough(E));
	const auto *FD = ME ? dyn_cast<FieldDecl>(ME->getMemberDecl()) : nullptr;

	if (!FD)
		return 0;
	return intern("field:" + recordName(FD->getParent()).str() + "." + FD->getName().str());
}

// The member an argument or an assigned lvalue names, also through & and an index (&p->m,
// p->m[i]): an MMIO handle stored in a field, or an array of them filled through a pointer.
bs_sym Lowerer::fieldOf(const Expr *E)
{
	for (int i = 0; E && i < 8; i++) {
		E = E->IgnoreParenCasts();
		if (const auto *UO = dyn_cast<UnaryOperator>(E); UO && UO->getOpcode() == UO_AddrOf)
			E = UO->getSubExpr();
		else if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E))
			E = AS->getBase();
		else
			return memberField(E);
	}
	return 0;
}

// The driver macro an access was written through: the innermost macro whose body holds the
// accessor and whose own name the driver wrote in its file (job_read() inside dev_err(),
// readl_poll_timeout() around read_poll_timeout()). None if the driver wrote the accessor.
bs_sym Lowerer::macroOf(SourceLocation L, llvm::StringRef Callee)
{
	auto Unwrap = [this](SourceLocation X) {
		while (X.isMacroID() && SM.isMacroArgExpansion(X))
			X = SM.getImmediateSpellingLoc(X);
		return X;
	};
	for (unsigned Depth = 0; L.isMacroID() && Depth < 64; Depth++) {
		if (SM.isMacroArgExpansion(L)) {
			L = SM.getImmediateSpellingLoc(L);
			continue;
		}
		SourceLocation Caller = SM.getImmediateExpansionRange(L).getBegin();
		SourceLocation Written = Unwrap(Caller);
		if (Written.isFileID()) {
			Token Tok;
			if (Lexer::getRawToken(Written, Tok, SM, Ctx.getLangOpts()) ||
			    !Tok.is(tok::raw_identifier) || Tok.getRawIdentifier() == Callee)
				return 0;
			return intern(Tok.getRawIdentifier());
		}
		L = Caller;
	}
	return 0;
}

// The member a call goes through: ops->fn(), (*ops->fn)(), or null.
static const MemberExpr *calledMember(const Expr *Callee)
{
	Callee = Callee->IgnoreParenCasts();
	if (const auto *UO = dyn_cast<UnaryOperator>(Callee))
		if (UO->getOpcode() == UO_Deref)
			Callee = UO->getSubExpr()->IgnoreParenCasts();
	return dyn_cast<MemberExpr>(Callee);
}

static const FieldDecl *calledField(const Expr *Callee)
{
	const MemberExpr *ME = calledMember(Callee);
	return ME ? dyn_cast<FieldDecl>(ME->getMemberDecl()) : nullptr;
}

// The struct a field belongs to, as the context table names it: fields of an anonymous
// union or struct (platform_driver's remove/remove_new) belong to the enclosing named one.
llvm::StringRef recordName(const RecordDecl *RD)
{
	for (int i = 0; RD && i < 8; i++) {
		if (!RD->getName().empty())
			return RD->getName();
		if (const TypedefNameDecl *TD = RD->getTypedefNameForAnonDecl())
			return TD->getName();
		RD = dyn_cast<RecordDecl>(RD->getDeclContext());
	}
	return "";
}

// Every argument, raw: what it traces to, the object it points into, the function it
// designates, and where a pointer's address comes from (an accessor's MMIO origin).
void Lowerer::lowerArgs(bs_func *F, bs_event &Ev, const CallExpr *CE)
{
	for (unsigned i = 0; i < CE->getNumArgs(); i++) {
		const Expr *A = CE->getArg(i);
		const FunctionDecl *Fn = functionRef(A);
		bs_arg Arg = {};

		Arg.atom = atomOf(A);
		Arg.obj = objectOf(A);
		Arg.field = fieldOf(A);
		Arg.origin = BS_ORIGIN_UNKNOWN;
		if (A->getType()->isPointerType())
			Arg.origin = Marks.originOf(A);
		Arg.fnptr = isFunctionPointer(A->IgnoreParenImpCasts()->getType());
		if (const auto *PT = A->getType()->getAs<PointerType>();
		    PT && PT->getPointeeType()->isRecordType()) {
			std::string Inst = Keys.ofPointer(A);
			Arg.inst = Inst.empty() ? 0 : intern(Inst);
		}
		if (Fn) {
			Arg.func = intern(Fn->getName());
			enqueue(Fn);
		}
		bs_event_add_arg(F, &Ev, &Arg);
	}
}

// What a call names as its callee: a function, a struct field, or a variable holding one.
void Lowerer::lowerCall(bs_func *F, const CallExpr *CE)
{
	bs_event Ev = {};
	const FunctionDecl *FD = CE->getDirectCallee();

	Ev.loc = loc(CE->getBeginLoc());
	if (FD) {
		if (FD->getBuiltinID())
			return;
		std::string Name = FD->getName().str();
		Ev.via = BS_VIA_DIRECT;
		Ev.callee = intern(Name);
		Ev.callee_driver = !FD->getDefinition() && inDriver(FD->getLocation());
		if (CE->getBeginLoc().isMacroID())
			Ev.macro = macroOf(CE->getBeginLoc(), Name);
		enqueue(FD);
	} else if (const FieldDecl *FDl = calledField(CE->getCallee())) {
		Ev.via = BS_VIA_FIELD;
		Ev.ind_struct = intern(recordName(FDl->getParent()));
		Ev.ind_field = intern(FDl->getName());
		tableCall(Ev, CE->getCallee());
	} else {
		const Expr *C = CE->getCallee()->IgnoreParenCasts();
		if (const auto *UO = dyn_cast<UnaryOperator>(C); UO && UO->getOpcode() == UO_Deref)
			C = UO->getSubExpr()->IgnoreParenCasts();
		const auto *DR = dyn_cast<DeclRefExpr>(C);
		const auto *VD = DR ? dyn_cast<VarDecl>(DR->getDecl()) : nullptr;
		Ev.via = BS_VIA_OTHER;
		if (const auto *PV = dyn_cast_or_null<ParmVarDecl>(VD)) {
			Ev.via = BS_VIA_PARAM;
			Ev.ind_param = PV->getFunctionScopeIndex();
			Ev.ind_var = varAtom(PV);
		} else if (VD && VD->hasLocalStorage()) {
			Ev.via = BS_VIA_LOCAL;
			Ev.ind_var = varAtom(VD);
		}
	}
	Ev.kind = BS_EV_CALL;
	Ev.result = callResult(CE);
	lowerArgs(F, Ev, CE);
	bs_func_add_event(F, &Ev);
}

// A store to a traced variable; a function pointer also records which function it holds.
void Lowerer::lowerStore(bs_func *F, bs_event &Ev, QualType T, const Expr *Value)
{
	if (isFunctionPointer(T) && Value) {
		if (const FunctionDecl *Fn = functionRef(Value)) {
			Ev.value_func = intern(Fn->getName());
			enqueue(Fn);
		} else if (isa<MemberExpr>(Value->IgnoreParenCasts())) {
			Ev.value_obj = objectOf(Value);
		}
	}
	bs_func_add_event(F, &Ev);
}

// A call through an object's table pointer, obj->funcs->fn(): the table member and what the
// code shows of obj (instances.h); ind_owner_param is -1 for any other call.
void Lowerer::tableCall(bs_event &Ev, const Expr *Callee)
{
	Ev.ind_owner_param = -1;
	const MemberExpr *Fn = calledMember(Callee);
	const auto *Table = Fn && Fn->isArrow() ?
		dyn_cast<MemberExpr>(readThrough(Fn->getBase())) : nullptr;
	if (!Table || !isRecordPointerField(dyn_cast<FieldDecl>(Table->getMemberDecl())))
		return;
	int Param;
	std::string Owner = Keys.ownerOf(Table, Param);
	Ev.ind_table = memberField(Table);
	Ev.ind_owner = Owner.empty() ? 0 : intern(Owner);
	Ev.ind_owner_param = Param;
}

// A store into a table pointer member, obj->funcs = &tbl: obj's instance and the table.
bool Lowerer::tableStore(bs_event &Ev, const BinaryOperator *BO)
{
	const auto *Table = dyn_cast<MemberExpr>(readThrough(BO->getLHS()));
	if (BO->getOpcode() != BO_Assign || !Table ||
	    !isRecordPointerField(dyn_cast<FieldDecl>(Table->getMemberDecl())))
		return false;
	int Param;
	std::string Owner = Keys.ownerOf(Table, Param), Value = tableValue(BO->getRHS(), Ctx);
	Ev.base_inst = Owner.empty() ? 0 : intern(Owner);
	Ev.value_table = intern(Value);		/* never 0: 0 says "no table store" */
	return true;
}

void Lowerer::lowerElement(bs_func *F, const Stmt *S)
{
	bs_event Ev = {};

	if (const auto *CE = dyn_cast<CallExpr>(S)) {
		lowerCall(F, CE);
		return;
	}
	if (const auto *RS = dyn_cast<ReturnStmt>(S)) {
		Ev.kind = BS_EV_RETURN;
		Ev.loc = loc(RS->getBeginLoc());
		// what it returns, for what a caller may learn from the value (flow.h)
		Ev.cond = RS->getRetValue() && RS->getRetValue()->getType()->isScalarType() ?
				  lowerCond(F, RS->getRetValue()) : -1;
		bs_func_add_event(F, &Ev);
		return;
	}
	Ev.kind = BS_EV_STORE;
	Ev.cond = -1;
	if (const auto *DS = dyn_cast<DeclStmt>(S)) {
		for (const Decl *D : DS->decls()) {
			const auto *VD = dyn_cast<VarDecl>(D);
			if (!VD || !VD->getInit() || !VD->getType()->isScalarType())
				continue;
			Ev.loc = loc(VD->getLocation());
			Ev.atom = varAtom(VD);
			Ev.cond = lowerCond(F, VD->getInit());
			lowerStore(F, Ev, VD->getType(), VD->getInit());
		}
		return;
	}
	if (const auto *BO = dyn_cast<BinaryOperator>(S)) {
		if (!BO->isAssignmentOp())
			return;
		Ev.atom = atomOf(BO->getLHS());
		// a table pointer store is recorded even into an lvalue no atom names
		// (adev->gfx.kiq[i].ring.funcs = &tbl), for the instances it serves
		if (!tableStore(Ev, BO) && !Ev.atom)
			return;
		Ev.loc = loc(BO->getBeginLoc());
		Ev.field = memberField(BO->getLHS());
		if (Ev.atom && BO->getOpcode() == BO_Assign && BO->getType()->isScalarType())
			Ev.cond = lowerCond(F, BO->getRHS());
		lowerStore(F, Ev, BO->getLHS()->getType(),
			   BO->getOpcode() == BO_Assign ? BO->getRHS() : nullptr);
		return;
	}
	if (const auto *UO = dyn_cast<UnaryOperator>(S)) {
		if (UO->isIncrementDecrementOp() && (Ev.atom = atomOf(UO->getSubExpr()))) {
			Ev.loc = loc(UO->getBeginLoc());
			bs_func_add_event(F, &Ev);
		}
	}
}

static bool branchesOnValue(const CFGBlock *B)
{
	const Stmt *T = B->getTerminatorStmt();
	if (!T || B->succ_size() != 2)
		return false;
	return !isa<SwitchStmt>(T) && !isa<IndirectGotoStmt>(T) && !isa<GCCAsmStmt>(T);
}

void Lowerer::lowerFunction(const FunctionDecl *FD)
{
	bs_func *F = bs_tu_add_func(TU, FD->getName().str().c_str());
	F->loc = loc(FD->getLocation());
	F->end_loc = loc(FD->getBody()->getEndLoc());
	F->is_static = !FD->isExternallyVisible();
	F->is_driver = inDriver(FD->getLocation());
	if (F->is_driver)
		fixAnchors(F, FD);
	Keys.beginFunction(FD);
	for (const ParmVarDecl *P : FD->parameters()) {
		bs_sym A = varAtom(P);
		bs_vec_push(&F->params, A);
	}

	CFG::BuildOptions Opts;
	Opts.setAllAlwaysAdd();
	Opts.AddImplicitDtors = false;
	std::unique_ptr<CFG> G = CFG::buildCFG(FD, FD->getBody(), &Ctx, Opts);
	if (!G) {
		F->unanalysed = intern("clang could not build its control-flow graph");
		return;
	}
	std::vector<const CFGBlock *> ById(G->getNumBlockIDs(), nullptr);
	for (const CFGBlock *B : *G)
		ById[B->getBlockID()] = B;
	F->entry = G->getEntry().getBlockID();
	F->exit = G->getExit().getBlockID();
	for (const CFGBlock *B : ById) {
		bs_func_add_block(F);
		if (!B)
			continue;
		for (const CFGElement &El : *B)
			if (std::optional<CFGStmt> CS = El.getAs<CFGStmt>())
				lowerElement(F, CS->getStmt());
		int Cond = -1;
		if (branchesOnValue(B))
			if (const Stmt *C = B->getTerminatorCondition(false))
				if (const auto *CE = dyn_cast<Expr>(C))
					Cond = lowerCond(F, CE);
		bs_block *BB = &F->blocks.v[F->blocks.n - 1];
		BB->cond = Cond;
		BB->noreturn = B->hasNoReturnElement();
		for (const CFGBlock::AdjacentBlock &S : B->succs()) {
			const CFGBlock *T = S.getReachableBlock();
			bs_func_add_succ(F, &F->blocks.v[F->blocks.n - 1], T ? (int)T->getBlockID() : -1);
		}
	}
	if (F->events.n > 30000)
		F->unanalysed = intern("function too large for the guard-state analysis");
}

} // namespace boundscope
