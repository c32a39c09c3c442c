// SPDX-License-Identifier: GPL-2.0
// Fix anchors: the places in a driver function's text where a fix may insert the unbind guard
// (facts.h, struct bs_fix_anchors), found here because only the AST knows where a statement
// starts, which statement owns a braceless return, what the function returns and which
// expression reaches the drm_device. The core turns them into edits (fixes.c); nothing here
// knows the guard's names or the early return values, which are configuration.
#include "lower.h"
#include "unit.h"

#include "clang/AST/Stmt.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

#include <set>

using namespace clang;

namespace boundscope {

namespace {

// Byte offsets into the file of one function body, and the text around them.
struct Text {
	const SourceManager &SM;
	FileID File;
	StringRef Data;

	int64_t offset(SourceLocation L) const
	{
		L = SM.getExpansionLoc(L);
		if (L.isInvalid() || SM.getFileID(L) != File)
			return -1;
		return SM.getFileOffset(L);
	}
	int64_t lineStart(int64_t Off) const
	{
		while (Off > 0 && Data[Off - 1] != '\n')
			Off--;
		return Off;
	}
	// Only blanks between the line's start and Off.
	bool startsLine(int64_t Off) const
	{
		for (int64_t I = lineStart(Off); I < Off; I++)
			if (Data[I] != ' ' && Data[I] != '\t')
				return false;
		return true;
	}
	std::string indentAt(int64_t Off) const
	{
		int64_t I = lineStart(Off), E = I;
		while (E < (int64_t)Data.size() && (Data[E] == ' ' || Data[E] == '\t'))
			E++;
		return Data.slice(I, E).str();
	}
};

bool isDrmDevice(QualType T)
{
	const auto *RD = T->getAsRecordDecl();
	return RD && RD->getName() == "drm_device";
}

// A member path from a struct to an embedded struct drm_device: "base", "a.drm".
bool embeddedPath(const RecordDecl *RD, std::string &Path, unsigned Depth)
{
	if (!RD || !(RD = RD->getDefinition()) || Depth > 3)
		return false;
	for (const FieldDecl *FD : RD->fields()) {
		QualType T = FD->getType();
		if (T->isPointerType() || T->isArrayType() || FD->getName().empty())
			continue;
		if (isDrmDevice(T)) {
			Path = FD->getName().str();
			return true;
		}
		std::string Sub;
		if (T->isStructureType() && embeddedPath(T->getAsRecordDecl(), Sub, Depth + 1)) {
			Path = FD->getName().str() + "." + Sub;
			return true;
		}
	}
	return false;
}

// A pointer member to the device ("dev" in struct drm_crtc: Path empty) or, with Embedding, to
// a struct embedding it ("ptdev" to struct panthor_device, Path "base").
bool pointerMember(const RecordDecl *RD, bool Embedding, std::string &Name, std::string &Path)
{
	if (!RD || !(RD = RD->getDefinition()))
		return false;
	for (const FieldDecl *FD : RD->fields()) {
		const auto *PT = FD->getType()->getAs<PointerType>();
		if (!PT || FD->getName().empty())
			continue;
		QualType P = PT->getPointeeType();
		if (Embedding ? P->isStructureType() && !P.isConstQualified() &&
					embeddedPath(P->getAsRecordDecl(), Path, 0) :
				isDrmDevice(P)) {
			Name = FD->getName().str();
			return true;
		}
	}
	return false;
}

// The device expression through a variable of type T; Pass 0: the device itself or an
// embedded one, pass 1: a pointer member, pass 2: a pointer member to a struct embedding it.
std::string deviceVia(StringRef Var, QualType T, int Pass)
{
	const auto *PT = T->getAs<PointerType>();
	if (!PT || PT->getPointeeType().isConstQualified())
		return "";
	QualType P = PT->getPointeeType();
	std::string Path;
	if (Pass == 0 && isDrmDevice(P))
		return Var.str();
	if (Pass == 0 && P->isStructureType() && embeddedPath(P->getAsRecordDecl(), Path, 0))
		return "&" + Var.str() + "->" + Path;
	std::string Member;
	if (Pass >= 1 && P->isStructureType() &&
	    pointerMember(P->getAsRecordDecl(), Pass == 2, Member, Path))
		return Pass == 1 ? Var.str() + "->" + Member :
				   "&" + Var.str() + "->" + Member + "->" + Path;
	return "";
}

// The names the body declares, and its returns with the statement each is a child of (a
// walk of the body: the AST's parent map would be built for the whole unit).
void collectNames(const Stmt *S, const Stmt *Parent, std::set<std::string> &Names,
		  std::vector<std::pair<const ReturnStmt *, const Stmt *>> &Returns)
{
	if (!S)
		return;
	if (const auto *DS = dyn_cast<DeclStmt>(S))
		for (const Decl *D : DS->decls())
			if (const auto *ND = dyn_cast<NamedDecl>(D))
				Names.insert(ND->getName().str());
	if (const auto *R = dyn_cast<ReturnStmt>(S))
		Returns.emplace_back(R, Parent);
	for (const Stmt *C : S->children())
		collectNames(C, S, Names, Returns);
}

// The return type as its typedef names, outermost first, then the canonical spelling.
std::string returnType(ASTContext &Ctx, QualType T)
{
	std::string S;
	PrintingPolicy PP(Ctx.getLangOpts());
	for (unsigned I = 0; I < 16 && !T.isNull(); I++) {
		if (const auto *TT = dyn_cast<TypedefType>(T.getTypePtr()))
			S += TT->getDecl()->getName().str() + "|";
		QualType Next = T.getSingleStepDesugaredType(Ctx);
		if (Next == T)
			break;
		T = Next;
	}
	return S + T.getCanonicalType().getUnqualifiedType().getAsString(PP);
}

} // namespace

void Lowerer::fixAnchors(bs_func *F, const FunctionDecl *FD)
{
	bs_fix_anchors &A = F->fix;
	const auto *Body = dyn_cast_or_null<CompoundStmt>(FD->getBody());
	if (!Body)
		return;
	A.present = 1;
	A.open = A.enter_at = A.end_at = -1;
	A.rtype = intern(returnType(Ctx, FD->getReturnType()));
	if (Body->getLBracLoc().isMacroID() || Body->getRBracLoc().isMacroID()) {
		A.why = intern("fix.body-in-macro");
		return;
	}
	Text T{SM, SM.getFileID(Body->getLBracLoc()), SM.getBufferData(SM.getFileID(
		Body->getLBracLoc()))};
	OptionalFileEntryRef FE = SM.getFileEntryRefForID(T.File);
	if (!FE) {
		A.why = intern("fix.body-not-in-file");
		return;
	}
	A.file = intern(normalPath(FE->getName()));	// absolute: report --db may run elsewhere
	A.open = T.offset(Body->getLBracLoc()) + 1;
	int64_t RBrac = T.offset(Body->getRBracLoc());
	if (RBrac >= 0 && T.startsLine(RBrac))
		A.end_at = T.lineStart(RBrac);
	A.falls_off = Body->body_empty() || !isa<ReturnStmt>(Body->body_back());
	A.indent = intern(Body->body_empty() ? T.indentAt(A.open - 1) + "\t" :
			  T.indentAt(T.offset(Body->body_front()->getBeginLoc())));

	std::set<std::string> Names;
	std::vector<std::pair<const ReturnStmt *, const Stmt *>> Returns;
	for (const ParmVarDecl *P : FD->parameters())
		Names.insert(P->getName().str());
	collectNames(Body, nullptr, Names, Returns);
	std::string Cookie = "idx";
	for (unsigned I = 1; Names.count(Cookie); I++)
		Cookie = I == 1 ? "unbind_idx" : "unbind_idx" + std::to_string(I);
	A.cookie = intern(Cookie);
	// A return's value with side effects goes through 'ret': the body's own when its
	// declarations have one of the return type, else a fresh name.
	std::string Ret = "ret";
	for (const Stmt *S : Body->body()) {
		const auto *DS = dyn_cast<DeclStmt>(S);
		if (!DS)
			break;
		for (const Decl *D : DS->decls())
			if (const auto *VD = dyn_cast<VarDecl>(D))
				if (VD->getName() == Ret && !VD->getType().isConstQualified() &&
				    Ctx.hasSameUnqualifiedType(VD->getType(), FD->getReturnType()))
					A.retvar_declared = 1;
	}
	for (unsigned I = 1; !A.retvar_declared && Names.count(Ret); I++)
		Ret = I == 1 ? "unbind_ret" : "unbind_ret" + std::to_string(I);
	A.retvar = intern(Ret);

	// The device: a parameter, else a local of the body's top level (a work item's
	// container_of); the enter goes after the declarations and after that local.
	std::string Dev;
	for (int Pass = 0; Pass < 3 && Dev.empty(); Pass++)
		for (const ParmVarDecl *P : FD->parameters())
			if (Dev.empty() && !P->getName().empty())
				Dev = deviceVia(P->getName(), P->getType(), Pass);
	unsigned First = 0, N = Body->size();
	while (First < N && isa<DeclStmt>(Body->body_begin()[First]))
		First++;
	for (int Pass = 0; Pass < 3 && Dev.empty(); Pass++)
		for (unsigned I = 0; I < N && Dev.empty(); I++)
			if (const auto *DS = dyn_cast<DeclStmt>(Body->body_begin()[I]))
				for (const Decl *D : DS->decls()) {
					const auto *VD = dyn_cast<VarDecl>(D);
					if (!Dev.empty() || !VD || !VD->getInit())
						continue;
					Dev = deviceVia(VD->getName(), VD->getType(), Pass);
					if (!Dev.empty() && I >= First) {
						First = I + 1;
						while (First < N &&
						       isa<DeclStmt>(Body->body_begin()[First]))
							First++;
					}
				}
	if (!Dev.empty())
		A.device = intern(Dev);
	if (First >= N) {
		A.why = intern("fix.no-statement-after-declarations");
	} else {
		const Stmt *S = Body->body_begin()[First];
		int64_t Off = T.offset(S->getBeginLoc());
		A.enter_loc = loc(S->getBeginLoc());
		if (Off < 0 || !T.startsLine(Off))
			A.why = intern("fix.enter-not-line-start");
		else
			A.enter_at = T.lineStart(Off);
	}

	for (auto [R, Parent] : Returns) {
		bs_fix_return FR = {};
		FR.loc = loc(R->getBeginLoc());
		FR.at = FR.brace_open = FR.kw = FR.value_at = FR.after = -1;
		int64_t Off = T.offset(R->getBeginLoc());
		if (R->getBeginLoc().isMacroID() || Off < 0) {
			FR.why = intern("fix.return-in-macro");
			bs_vec_push(&A.returns, FR);
			continue;
		}
		FR.at_line_start = T.startsLine(Off);
		FR.at = FR.at_line_start ? T.lineStart(Off) : Off;
		FR.kw = Off;
		FR.indent = intern(T.indentAt(Off));
		SourceLocation Last = SM.getExpansionRange(R->getEndLoc()).getEnd();
		SourceLocation Semi = Lexer::findLocationAfterToken(Last, tok::semi, SM,
								    Ctx.getLangOpts(), false);
		FR.after = Semi.isValid() ? T.offset(Semi) : -1;
		// A value with side effects runs before the exit, through retvar.
		if (R->getRetValue() && R->getRetValue()->HasSideEffects(Ctx)) {
			FR.value_at = T.offset(R->getRetValue()->getBeginLoc());
			if (FR.value_at <= Off || FR.after < 0)
				FR.why = intern("fix.return-in-macro");
		}
		SourceLocation Open, Else;
		if (const auto *If = dyn_cast_or_null<IfStmt>(Parent)) {
			if (If->getThen() == R) {
				Open = If->getRParenLoc().getLocWithOffset(1);
				Else = If->getElseLoc();
			} else
				Open = If->getElseLoc().getLocWithOffset(4);
		} else if (const auto *W = dyn_cast_or_null<WhileStmt>(Parent)) {
			Open = W->getRParenLoc().getLocWithOffset(1);
		} else if (const auto *Fo = dyn_cast_or_null<ForStmt>(Parent)) {
			Open = Fo->getRParenLoc().getLocWithOffset(1);
		} else if (Parent && !isa<CompoundStmt>(Parent) && !isa<LabelStmt>(Parent) &&
			   !isa<SwitchCase>(Parent)) {
			FR.why = intern("fix.return-cannot-take-braces");
		}
		if (Open.isValid()) {
			FR.brace_open = Open.isMacroID() ? -1 : T.offset(Open);
			if (FR.brace_open < 0 || FR.after < 0)
				FR.why = intern("fix.return-owner-in-macro");
			else
				FR.brace_indent = intern(T.indentAt(FR.brace_open));
			// "} else": the closing brace takes the blanks before a following else
			int64_t E = Else.isValid() && !Else.isMacroID() ? T.offset(Else) : -1;
			if (E > FR.after && FR.after >= 0 &&
			    T.Data.slice(FR.after, E).find_first_not_of(" \t\n") ==
				    StringRef::npos)
				FR.brace_close_len = E - FR.after;
		}
		bs_vec_push(&A.returns, FR);
	}
}

} // namespace boundscope
