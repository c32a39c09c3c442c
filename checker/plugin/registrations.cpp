// SPDX-License-Identifier: GPL-2.0
// Registrations: every place a function's address is stored in a struct field (by
// initializer or assignment) or handed to a call, and every global object handed to a call.
// The core's context table decides what each one means; here they are only recorded, by the
// function's name: a handler defined in another file of the driver resolves when the units
// are linked.
#include "lower.h"
#include "values.h"

#include "clang/AST/RecursiveASTVisitor.h"

#include <algorithm>
#include <set>
#include <vector>

using namespace clang;

namespace boundscope {

class RegistrationVisitor : public RecursiveASTVisitor<RegistrationVisitor> {
public:
	explicit RegistrationVisitor(Lowerer &L) : L(L), V(L.Ctx) {}

	bool VisitFunctionDecl(FunctionDecl *FD)
	{
		if (FD->doesThisDeclarationHaveABody() &&
		    (L.AllBodies || L.inDriver(FD->getLocation())))
			L.enqueue(FD);
		return true;
	}

	bool VisitVarDecl(VarDecl *VD)
	{
		if (const Expr *Init = VD->getInit())
			if (L.inDriver(VD->getLocation())) {
				// a global table is an object others can be handed (debugfs fops)
				Obj = VD->hasGlobalStorage() ? L.intern("var:" + VD->getName().str()) : 0;
				Inst = "inst:other";
				initializer(Init);
				Obj = 0;
			}
		return true;
	}

	bool VisitCompoundLiteralExpr(CompoundLiteralExpr *CL)
	{
		if (L.inDriver(CL->getBeginLoc())) {
			Inst = "inst:other";
			initializer(CL->getInitializer());
		}
		return true;
	}

	bool VisitBinaryOperator(BinaryOperator *BO)
	{
		if (BO->getOpcode() != BO_Assign || !L.inDriver(BO->getBeginLoc()))
			return true;
		const auto *ME = dyn_cast<MemberExpr>(BO->getLHS()->IgnoreParenCasts());
		const FunctionDecl *FD = functionRef(BO->getRHS());
		if (ME && FD)
			if (const auto *Field = dyn_cast<FieldDecl>(ME->getMemberDecl()))
				field(Field, FD, BO->getBeginLoc(), L.objectOf(ME->getBase()));
		return true;
	}

	bool VisitCallExpr(CallExpr *CE)
	{
		const FunctionDecl *Callee = CE->getDirectCallee();
		if (!Callee || !L.inDriver(CE->getBeginLoc()))
			return true;
		passArgs(Callee, CE);
		for (unsigned i = 0; i < CE->getNumArgs(); i++) {
			const FunctionDecl *FD = functionRef(CE->getArg(i));
			if (!FD) {
				objectArg(Callee, CE, i);
				continue;
			}
			bs_reg R = {};
			R.kind = BS_REG_CALLARG;
			R.func = L.intern(FD->getName());
			R.callee = L.intern(Callee->getName());
			R.arg = i;
			R.obj = i ? L.objectOf(CE->getArg(0)) : 0;	// init_timer_key(&d->timer, fn, ...)
			R.loc = L.loc(CE->getBeginLoc());
			L.addRegistration(R);
			L.enqueue(FD);
		}
		return true;
	}

private:
	Lowerer &L;
	Values V;
	bs_sym Obj = 0;		// the global whose initializer is being walked
	std::string Inst;	// the instance of the object being initialized (instances.h)

	// A global object handed to a call (debugfs_create_file's fops), directly or through a
	// constant table: the context table decides whether its callbacks take a context from
	// that call, and from which of its arguments' values (the directory it is created in).
	void objectArg(const FunctionDecl *Callee, const CallExpr *CE, unsigned i)
	{
		const Expr *A = CE->getArg(i);
		QualType T = A->IgnoreParenImpCasts()->getType();
		std::set<std::string> Objs;

		if (T->isPointerType())
			T = T->getPointeeType();
		if (!T->isRecordType())
			return;
		if (!V.objects(A, Objs) || Objs.empty()) {
			if (takesDirectory(Callee))	// a debugfs file: the only use the core has
				paramTableArg(Callee, CE, i);
			return;
		}
		std::string Argv = argKeys(CE);
		for (const std::string &O : Objs) {
			bs_reg R = {};
			R.kind = BS_REG_OBJARG;
			R.obj = L.intern(O);
			R.callee = L.intern(Callee->getName());
			R.arg = i;
			R.argv = L.intern(Argv);
			R.loc = L.loc(CE->getBeginLoc());
			L.addRegistration(R);
		}
		through(Callee, CE, i, Argv);
	}

	std::string argKeys(const CallExpr *CE)
	{
		std::string Argv;
		for (unsigned k = 0; k < CE->getNumArgs(); k++)
			Argv += (k ? "|" : "") + V.key(CE->getArg(k));
		return Argv;
	}

	// An object handed to a call as a field of a table the calling function was given
	// (files->fops, files[i].fops): recorded against that parameter, for the core to follow
	// to the tables its callers pass (PASS registrations). Only for calls that take a
	// directory (debugfs_create_file), where the core uses it.
	void paramTableArg(const FunctionDecl *Callee, const CallExpr *CE, unsigned i)
	{
		const auto *ME = dyn_cast<MemberExpr>(CE->getArg(i)->IgnoreParenCasts());
		const Expr *Base = ME ? ME->getBase()->IgnoreParenImpCasts() : nullptr;
		if (const auto *AS = Base ? dyn_cast<ArraySubscriptExpr>(Base) : nullptr)
			Base = AS->getBase()->IgnoreParenImpCasts();
		const auto *DR = Base ? dyn_cast<DeclRefExpr>(Base) : nullptr;
		const auto *PV = DR ? dyn_cast<ParmVarDecl>(DR->getDecl()) : nullptr;
		const auto *FD = PV ? dyn_cast<FunctionDecl>(PV->getDeclContext()) : nullptr;
		if (!FD || !isa<FieldDecl>(ME->getMemberDecl()))
			return;
		bs_reg R = {};
		R.kind = BS_REG_OBJARG;
		R.obj = L.intern("param:" + FD->getName().str() + ":" +
				 std::to_string(PV->getFunctionScopeIndex()));
		R.field = L.intern(ME->getMemberDecl()->getName());
		R.callee = L.intern(Callee->getName());
		R.arg = i;
		R.argv = L.intern(argKeys(CE));
		R.loc = L.loc(CE->getBeginLoc());
		L.addRegistration(R);
	}

	static bool takesDirectory(const FunctionDecl *FD)
	{
		for (const ParmVarDecl *P : FD->parameters()) {
			QualType T = P->getType();
			const RecordDecl *RD = T->isPointerType() ? T->getPointeeType()->getAsRecordDecl()
								  : nullptr;
			if (RD && RD->getName() == "dentry")
				return true;
		}
		return false;
	}

	// A call of a function that takes a debugfs directory (a driver helper that creates files
	// under the directory it is given, declared in a header of another directory of the
	// driver, or a kernel function the core never follows): the values it passes, so that the
	// core can follow a parameter to the directory its callers name; and for each constant
	// table argument, the global objects its elements hold in each struct-pointer field.
	void passArgs(const FunctionDecl *Callee, const CallExpr *CE)
	{
		if (!takesDirectory(Callee))
			return;
		bs_reg R = {};
		R.kind = BS_REG_PASS;
		R.callee = L.intern(Callee->getName());
		R.argv = L.intern(argKeys(CE));
		R.loc = L.loc(CE->getBeginLoc());
		L.addRegistration(R);
		for (unsigned i = 0; i < CE->getNumArgs(); i++) {
			HeldObjects Held;
			tableObjects(CE->getArg(i), Held);
			for (const auto &[Field, Obj] : Held) {
				bs_reg T = R;
				T.arg = i;
				T.field = L.intern(Field);
				T.obj = L.intern(Obj);
				L.addRegistration(T);
			}
		}
	}

	typedef std::vector<std::pair<std::string, std::string>> HeldObjects;

	// The global (or function-static) variable a call argument names, as x or &x, with its
	// initializer in semantic form; nullptr if it is not one.
	static const InitListExpr *globalInit(const Expr *A, const VarDecl **Var)
	{
		A = A->IgnoreParenCasts();
		if (const auto *UO = dyn_cast<UnaryOperator>(A); UO && UO->getOpcode() == UO_AddrOf)
			A = UO->getSubExpr()->IgnoreParenCasts();
		const auto *DR = dyn_cast<DeclRefExpr>(A);
		const auto *VD = DR ? dyn_cast<VarDecl>(DR->getDecl()) : nullptr;
		const VarDecl *Def = VD ? VD->getDefinition() : nullptr;
		const auto *ILE = Def && Def->hasGlobalStorage() && Def->getInit()
					  ? dyn_cast<InitListExpr>(Def->getInit()->IgnoreParenImpCasts())
					  : nullptr;
		if (ILE && !ILE->isSemanticForm() && ILE->getSemanticForm())
			ILE = ILE->getSemanticForm();
		*Var = Def;
		return ILE;
	}

	// The (field, "var:object") pairs a constant table (a global or static array of structs,
	// or one struct) holds in its struct-pointer fields: { "name", &foo_fops }.
	void tableObjects(const Expr *A, HeldObjects &Held)
	{
		const VarDecl *Def;
		const InitListExpr *ILE = globalInit(A, &Def);
		if (!ILE)
			return;
		QualType T = Def->getType();
		if (const ArrayType *AT = L.Ctx.getAsArrayType(T))
			T = AT->getElementType();
		if (!T.isConstQualified())
			return;	// a table the code may change: its initializer is not the whole story
		if (!ILE->getType()->isArrayType()) {
			elementObjects(ILE, Held);
			return;
		}
		for (unsigned k = 0; k < ILE->getNumInits(); k++)
			if (const auto *E = dyn_cast<InitListExpr>(ILE->getInit(k)->IgnoreParenImpCasts()))
				elementObjects(E, Held);
	}

	// The same for one struct's initializer, in field order, each pair once.
	static void elementObjects(const InitListExpr *ILE, HeldObjects &Held)
	{
		if (!ILE->isSemanticForm() && ILE->getSemanticForm())
			ILE = ILE->getSemanticForm();
		const RecordDecl *RD = ILE->getType()->getAsRecordDecl();
		if (!RD || RD->isUnion())
			return;
		unsigned k = 0;
		for (const FieldDecl *F : RD->fields()) {
			if (k >= ILE->getNumInits())
				break;
			const Expr *Init = ILE->getInit(k++)->IgnoreParenCasts();
			const auto *UO = dyn_cast<UnaryOperator>(Init);
			const auto *Ref = UO && UO->getOpcode() == UO_AddrOf
						  ? dyn_cast<DeclRefExpr>(UO->getSubExpr()->IgnoreParenCasts())
						  : nullptr;
			const auto *Obj = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
			if (!Obj || !Obj->hasGlobalStorage() || !Obj->getType()->isRecordType())
				continue;
			std::pair<std::string, std::string> P(F->getName().str(),
							      "var:" + Obj->getName().str());
			if (std::find(Held.begin(), Held.end(), P) == Held.end())
				Held.push_back(P);
		}
	}

	// The tables a global handed to a call points to from its initializer (a hwmon chip's
	// .ops = &ops): recorded with the holder's field, for rules on what the call does with
	// the callbacks it reaches through that field.
	void through(const FunctionDecl *Callee, const CallExpr *CE, unsigned i,
		     const std::string &Argv)
	{
		const VarDecl *Def;
		const InitListExpr *ILE = globalInit(CE->getArg(i), &Def);
		const RecordDecl *RD = ILE ? ILE->getType()->getAsRecordDecl() : nullptr;
		if (!RD || RD->isUnion() || ILE->getType()->isArrayType())
			return;
		HeldObjects Held;
		elementObjects(ILE, Held);
		for (const auto &[Field, Obj] : Held) {
			bs_reg R = {};
			R.kind = BS_REG_OBJARG;
			R.obj = L.intern(Obj);
			R.callee = L.intern(Callee->getName());
			R.arg = i;
			R.argv = L.intern(Argv);
			R.rec = L.intern(recordName(RD));
			R.field = L.intern(Field);
			R.loc = L.loc(CE->getBeginLoc());
			L.addRegistration(R);
		}
	}

	void field(const FieldDecl *Field, const FunctionDecl *FD, SourceLocation At, bs_sym Obj = 0)
	{
		bs_reg R = {};
		R.kind = BS_REG_FIELD;
		R.func = L.intern(FD->getName());
		R.rec = L.intern(recordName(Field->getParent()));
		R.field = L.intern(Field->getName());
		R.obj = Obj;
		R.loc = L.loc(At);
		L.addRegistration(R);
		L.enqueue(FD);
	}

	// Walks the semantic form of an initializer, so designated, nested and array
	// initializers (DRM_IOCTL_DEF_DRV tables, PM macros) all come out as field stores.
	void initializer(const Expr *E, unsigned Depth = 0)
	{
		if (!E || Depth > 16)
			return;
		const auto *ILE = dyn_cast<InitListExpr>(E->IgnoreParenImpCasts());
		if (!ILE)
			return;
		if (!ILE->isSemanticForm() && ILE->getSemanticForm())
			ILE = ILE->getSemanticForm();
		const RecordDecl *RD = ILE->getType()->getAsRecordDecl();
		if (RD && !ILE->getType()->isArrayType()) {
			if (RD->isUnion()) {
				const FieldDecl *FDl = ILE->getInitializedFieldInUnion();
				if (FDl && ILE->getNumInits() == 1)
					member(FDl, ILE->getInit(0), Depth);
				return;
			}
			unsigned i = 0;
			for (const FieldDecl *FDl : RD->fields()) {
				if (i >= ILE->getNumInits())
					break;
				member(FDl, ILE->getInit(i++), Depth);
			}
			return;
		}
		for (unsigned i = 0; i < ILE->getNumInits(); i++)
			initializer(ILE->getInit(i), Depth + 1);
	}

	void member(const FieldDecl *FDl, const Expr *Init, unsigned Depth)
	{
		if (!Init)
			return;
		if (const FunctionDecl *FD = functionRef(Init)) {
			field(FDl, FD, Init->getBeginLoc(), Obj);
			return;
		}
		if (isRecordPointerField(FDl)) {
			table(FDl, Init);
			return;
		}
		// an embedded object (or an array of them) is an instance of its own
		std::string Outer = Inst;
		if (embedsObjects(FDl))
			Inst = embeddedInstance(FDl);
		initializer(Init, Depth + 1);
		Inst = Outer;
	}

	// A table pointer an initializer sets: the core resolves calls through it per instance.
	void table(const FieldDecl *FDl, const Expr *Init)
	{
		if (isa<ImplicitValueInitExpr>(Init) ||
		    Init->isNullPointerConstant(L.Ctx, Expr::NPC_ValueDependentIsNotNull))
			return;
		bs_reg R = {};
		R.kind = BS_REG_TABLE;
		R.rec = L.intern(recordName(FDl->getParent()));
		R.field = L.intern(FDl->getName());
		R.obj = L.intern(Inst);
		R.argv = L.intern(tableValue(Init, L.Ctx));
		R.loc = L.loc(Init->getBeginLoc());
		L.addRegistration(R);
	}
};

void Lowerer::addRegistration(const bs_reg &R)
{
	bs_tu_add_reg(TU, &R);
}

void Lowerer::run(bool All)
{
	AllBodies = All;
	RegistrationVisitor V(*this);
	V.TraverseDecl(Ctx.getTranslationUnitDecl());
	// Callees are queued while their callers are lowered: header inlines the driver uses
	// are analysed too, the rest of the kernel headers is not.
	for (size_t i = 0; i < Work.size(); i++)
		lowerFunction(Work[i]);
}

} // namespace boundscope
