// SPDX-License-Identifier: GPL-2.0
// Registrations: every place a function's address is stored in a struct field (by
// initializer or assignment) or handed to a call, and every global object handed to a call.
// The core's context table decides what each one means; here they are only recorded, by the
// function's name: a handler defined in another file of the driver resolves when the units
// are linked.
#include "lower.h"
#include "values.h"

#include "clang/AST/RecursiveASTVisitor.h"

#include <set>

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
		if (!T->isRecordType() || !V.objects(A, Objs) || Objs.empty())
			return;
		std::string Argv;
		for (unsigned k = 0; k < CE->getNumArgs(); k++)
			Argv += (k ? "|" : "") + V.key(CE->getArg(k));
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

	// The tables a global handed to a call points to from its initializer (a hwmon chip's
	// .ops = &ops): recorded with the holder's field, for rules on what the call does with
	// the callbacks it reaches through that field.
	void through(const FunctionDecl *Callee, const CallExpr *CE, unsigned i,
		     const std::string &Argv)
	{
		const Expr *A = CE->getArg(i)->IgnoreParenCasts();
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
		const RecordDecl *RD = ILE ? ILE->getType()->getAsRecordDecl() : nullptr;
		if (!RD || RD->isUnion() || ILE->getType()->isArrayType())
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
			const auto *Tbl = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
			if (!Tbl || !Tbl->hasGlobalStorage() || !Tbl->getType()->isRecordType())
				continue;
			bs_reg R = {};
			R.kind = BS_REG_OBJARG;
			R.obj = L.intern("var:" + Tbl->getName().str());
			R.callee = L.intern(Callee->getName());
			R.arg = i;
			R.argv = L.intern(Argv);
			R.rec = L.intern(recordName(RD));
			R.field = L.intern(F->getName());
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
