// SPDX-License-Identifier: GPL-2.0
// A body matters when dropping it could change an answer: it calls something a table names
// (an accessor, a guard, a registration, a teardown call), calls through a pointer the call
// graph resolves (a field, a parameter, a local), stores a function's address, tests a guard
// flag, or calls another function whose body matters. A function with a function-pointer
// parameter matters too: without its body the call graph would take a function passed there
// as called synchronously (callgraph.c, passed_funcs), with it the body says what happens.
#include "survey.h"
#include "lower.h"

#include "clang/AST/Decl.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringSet.h"

#include <cstring>
#include <string>
#include <vector>

using namespace clang;

namespace boundscope {

namespace {

struct Survey {
	const bs_tu *TU;
	const bs_config *Cfg;
	std::vector<std::string> Why;		// per function; empty: does not matter
	llvm::DenseMap<bs_sym, unsigned> ByName;	// functions outside the driver

	const char *str(bs_sym S) const { return bs_str(TU->strs, S); }

	// Why f's own body matters, or "".
	std::string ownReason(const bs_func *F) const
	{
		for (unsigned i = 0; i < F->events.n; i++) {
			const bs_event &Ev = F->events.v[i];
			if (Ev.kind == BS_EV_STORE && (Ev.value_func || Ev.value_obj))
				return "stores a function pointer";
			if (Ev.kind != BS_EV_CALL)
				continue;
			if (Ev.via == BS_VIA_FIELD)
				return std::string("calls through ") + str(Ev.ind_struct) + "." +
				       str(Ev.ind_field);
			if (Ev.via == BS_VIA_PARAM || Ev.via == BS_VIA_LOCAL)
				return "calls through a parameter or local";
			if (Ev.via == BS_VIA_DIRECT && Ev.callee &&
			    bs_config_names_call(Cfg, str(Ev.callee)))
				return std::string("calls ") + str(Ev.callee);
			for (unsigned a = 0; a < Ev.nargs; a++)
				if (bs_event_arg(F, &Ev, a)->func)
					return "passes a function's address";
		}
		for (unsigned i = 0; i < F->conds.n; i++) {
			const bs_cond &C = F->conds.v[i];
			const char *A = C.kind == BS_COND_ATOM && C.atom ? str(C.atom) : "";
			if (!strncmp(A, "field:", 6) && bs_config_guard_field(Cfg, A + 6))
				return std::string("tests the guard flag ") + (A + 6);
		}
		return "";
	}

	// An accessor's, an MMIO handle call's or a guard's own body is never read: the core
	// makes it a leaf.
	bool isLeaf(const char *Name) const
	{
		return bs_config_accessor(Cfg, Name) || bs_config_handle(Cfg, Name) ||
		       bs_config_guard_enter(Cfg, Name) || bs_config_guard_exit(Cfg, Name);
	}
};

// Functions outside the driver that take a function pointer.
llvm::StringSet<> functionPointerTakers(ASTContext &Ctx, DriverFiles &Driver)
{
	llvm::StringSet<> Names;
	for (const Decl *D : Ctx.getTranslationUnitDecl()->decls()) {
		const auto *FD = dyn_cast<FunctionDecl>(D);
		if (!FD || !FD->doesThisDeclarationHaveABody() || Driver.contains(FD->getLocation()))
			continue;
		for (const ParmVarDecl *P : FD->parameters())
			if (isFunctionPointer(P->getType()))
				Names.insert(FD->getName());
	}
	return Names;
}

} // namespace

void surveyHeaderInlines(ASTContext &Ctx, const bs_tu *TU, const bs_config *Cfg, FILE *Out)
{
	Survey S{TU, Cfg, std::vector<std::string>(TU->funcs.n), llvm::DenseMap<bs_sym, unsigned>()};
	DriverFiles Driver(Ctx.getSourceManager());
	llvm::StringSet<> Takers = functionPointerTakers(Ctx, Driver);
	std::vector<unsigned> Work;

	for (unsigned i = 0; i < TU->funcs.n; i++)
		if (!TU->funcs.v[i]->is_driver)
			S.ByName.try_emplace(TU->funcs.v[i]->name, i);
	for (auto [Name, i] : S.ByName) {
		const bs_func *F = TU->funcs.v[i];
		if (S.isLeaf(S.str(Name)))
			continue;
		S.Why[i] = Takers.contains(S.str(Name)) ? "takes a function pointer" : S.ownReason(F);
		if (!S.Why[i].empty())
			Work.push_back(i);
	}
	// Callers inherit: a body that calls a body that matters matters.
	llvm::DenseMap<unsigned, std::vector<unsigned>> Callers;
	for (auto [Name, i] : S.ByName) {
		const bs_func *F = TU->funcs.v[i];
		for (unsigned e = 0; e < F->events.n; e++) {
			const bs_event &Ev = F->events.v[e];
			if (Ev.kind != BS_EV_CALL || Ev.via != BS_VIA_DIRECT)
				continue;
			auto It = S.ByName.find(Ev.callee);
			if (It != S.ByName.end())
				Callers[It->second].push_back(i);
		}
	}
	while (!Work.empty()) {
		unsigned g = Work.back();
		Work.pop_back();
		for (unsigned f : Callers.lookup(g)) {
			if (!S.Why[f].empty() || S.isLeaf(S.str(TU->funcs.v[f]->name)))
				continue;
			S.Why[f] = std::string("calls ") + S.str(TU->funcs.v[g]->name);
			Work.push_back(f);
		}
	}
	for (unsigned i = 0; i < TU->funcs.n; i++) {
		const bs_func *F = TU->funcs.v[i];
		if (S.Why[i].empty())
			continue;
		fprintf(Out, "header-inline\t%s\t%s:%u\t%s\n", S.str(F->name),
			F->loc.file ? S.str(F->loc.file) : "?", F->loc.line, S.Why[i].c_str());
		// one write per line: under make -j, stdout is a pipe shared with other jobs, and a
		// line written whole (shorter than PIPE_BUF) is never split by their output
		fflush(Out);
	}
}

} // namespace boundscope
