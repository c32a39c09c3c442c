// SPDX-License-Identifier: GPL-2.0
// The clang plugin: registers the `boundscope` action, loads the configuration, lowers the
// translation unit to facts, runs the core's analysis and turns its findings into clang
// diagnostics. Works as `-fplugin=boundscope.so` (after the main action, so the object is
// still produced) and as `-Xclang -plugin -Xclang boundscope` (syntax only).
#include "diagnostics.h"
#include "driver_files.h"
#include "iomem.h"
#include "lower.h"
#include "survey.h"
#include "unit.h"

extern "C" {
#include "analysis.h"
#include "rules.h"
#include "store.h"
}

#include "clang/AST/ASTConsumer.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendPluginRegistry.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Path.h"

#include <chrono>
#include <cstdio>
#include <dlfcn.h>
#include <memory>
#include <string>
#include <vector>

using namespace clang;

namespace boundscope {
namespace {

struct Options {
	std::string DataDir;
	std::vector<std::string> Configs;
	std::string StatusFile;
	std::string Store;		// fact store for whole-driver analysis
	bool StoreOnly = false;		// only record facts; the command analyses the store
	std::string Object, Srctree;	// kbuild's object file and source tree (from the command)
	bool DumpFacts = false;
	std::vector<std::pair<int, bool>> RuleSwitches;	// enable=/disable=: rule, on
	bool ListHeaderInlines = false;	// the header-inline survey instead of the analysis
	bool NoSkipBodies = false;	// parse every body even when only checking
	bool TimeReport = false;	// print where the time went
};

using Clock = std::chrono::steady_clock;

static double seconds(Clock::time_point From, Clock::time_point To)
{
	return std::chrono::duration<double>(To - From).count();
}

struct ConfigDeleter {
	void operator()(bs_config *Cfg) const { bs_config_free(Cfg); }
};
using ConfigPtr = std::unique_ptr<bs_config, ConfigDeleter>;

// The shipped tables sit in ../share/boundscope next to lib/boundscope.so, in the build tree
// and in an install alike.
std::string defaultDataDir()
{
	Dl_info Info;
	if (dladdr(reinterpret_cast<void *>(&defaultDataDir), &Info) && Info.dli_fname) {
		llvm::SmallString<256> P(Info.dli_fname);
		llvm::sys::fs::make_absolute(P);
		llvm::sys::path::remove_filename(P);
		llvm::sys::path::append(P, "..", "share", "boundscope");
		if (llvm::sys::fs::exists(P + "/guards.json"))
			return std::string(P);
	}
	return BOUNDSCOPE_DATA_DIR;
}

void writeStatus(const Options &O, const bs_result &R, unsigned Internal)
{
	if (O.StatusFile.empty())
		return;
	FILE *F = fopen(O.StatusFile.c_str(), "w");
	if (!F)
		return;	// the command then finds no status and fails closed
	fprintf(F, "findings %u\nunanalysed %u\ninternal %u\n", R.findings, R.unanalysed, Internal);
	fclose(F);
}

class Consumer : public ASTConsumer {
public:
	// Cfg is null when it failed to load (Err says why); Skip: a check-only parse, where the
	// bodies the analysis never reads are not parsed.
	Consumer(CompilerInstance &CI, Options O, std::unique_ptr<IomemMarks> M, ConfigPtr Cfg,
		 std::string Err, bool Skip)
		: CI(CI), Opts(std::move(O)), Marks(std::move(M)), Cfg(std::move(Cfg)),
		  CfgError(std::move(Err)), Skip(Skip), Driver(CI.getSourceManager()),
		  Start(Clock::now())
	{
		if (Skip)
			for (size_t i = 0; i < this->Cfg->header_inlines.n; i++)
				Keep.insert(this->Cfg->header_inlines.v[i]);
	}

	// Kernel headers define thousands of static inline functions; the analysis reads only
	// the driver's own and the few the header-inline table names (survey.cpp).
	bool shouldSkipFunctionBody(Decl *D) override
	{
		const FunctionDecl *FD = D->getAsFunction();
		if (!Skip || !FD || Driver.contains(FD->getLocation()) || !FD->getIdentifier() ||
		    Keep.contains(FD->getName()))
			return false;
		Skipped++;
		return true;
	}

	void HandleTranslationUnit(ASTContext &Ctx) override
	{
		DiagnosticsEngine &DE = CI.getDiagnostics();
		bs_result R = {};
		bs_tu *TU = bs_tu_new();
		unsigned Unit = describeUnit(CI, TU, Opts.Object, Opts.Srctree);
		Clock::time_point Parsed = Clock::now();

		if (DE.hasErrorOccurred()) {
			// clang fails the compile; analysing broken code proves nothing. The store
			// learns that the unit failed, so its old facts are never linked again.
			bs_tu_unit(TU, Unit)->failed = 1;
			bs_tu_unit(TU, Unit)->error = bs_intern(TU->strs, "clang reported errors");
			if (!Opts.Store.empty())
				store(DE, TU);
			bs_tu_free(TU);
			return;
		}
		if (!Cfg) {
			DE.Report(DE.getCustomDiagID(DiagnosticsEngine::Error, "boundscope: %0"))
				<< CfgError;
			writeStatus(Opts, R, 1);
			bs_tu_free(TU);
			return;
		}
		Lowerer(Ctx, *Marks, TU).run(Opts.ListHeaderInlines);
		if (Opts.ListHeaderInlines) {
			surveyHeaderInlines(Ctx, TU, Cfg.get(), stdout);
			writeStatus(Opts, R, 0);
			bs_tu_free(TU);
			return;
		}
		Clock::time_point Lowered = Clock::now();
		unsigned Internal = 0;
		if (!Opts.Store.empty() && !store(DE, TU))
			Internal = 1;
		Clock::time_point Stored = Clock::now();
		if (!Opts.StoreOnly || Opts.DumpFacts) {
			DiagnosticHandler Handler(DE, CI.getSourceManager());
			bs_handler H = Handler.handler();
			bs_analyze(TU, Cfg.get(), &H, Opts.DumpFacts ? stdout : nullptr, &R);
		}
		// with store-only, the command links the store and answers from the whole module
		writeStatus(Opts, R, Internal);
		if (Opts.TimeReport)
			fprintf(stderr, "boundscope: time: %s: parse %.3f s, lower %.3f s, store %.3f s, "
				"analyse %.3f s; %u function bodies in kernel headers not parsed\n",
				bs_str(TU->strs, bs_tu_unit(TU, Unit)->path), seconds(Start, Parsed),
				seconds(Parsed, Lowered), seconds(Lowered, Stored),
				seconds(Stored, Clock::now()), Skipped);
		bs_tu_free(TU);
	}

private:
	CompilerInstance &CI;
	Options Opts;
	std::unique_ptr<IomemMarks> Marks;
	ConfigPtr Cfg;
	std::string CfgError;
	bool Skip;
	DriverFiles Driver;
	llvm::StringSet<> Keep;
	unsigned Skipped = 0;
	Clock::time_point Start;

	bool store(DiagnosticsEngine &DE, const bs_tu *TU)
	{
		char Err[1024];
		bs_store *St = bs_store_open(Opts.Store.c_str(), 1, 0, Err, sizeof(Err));
		bool Ok = St && bs_store_put(St, TU, Err, sizeof(Err)) == 0;
		bs_store_close(St);
		if (!Ok)
			DE.Report(DE.getCustomDiagID(DiagnosticsEngine::Error, "boundscope: %0")) << Err;
		return Ok;
	}
};

class Action : public PluginASTAction {
public:
	explicit Action(ActionType Type) : Type(Type) {}

protected:
	std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI, StringRef) override
	{
		// With -plugin boundscope the command-line action runs; the automatic one stands down.
		const FrontendOptions &FO = CI.getFrontendOpts();
		if (Type == AddAfterMainAction &&
		    ((FO.ProgramAction == frontend::PluginAction && FO.ActionName == "boundscope") ||
		     llvm::is_contained(FO.AddPluginActions, "boundscope")))
			return std::make_unique<ASTConsumer>();
		auto Marks = std::make_unique<IomemMarks>(CI.getSourceManager());
		CI.getPreprocessor().addPPCallbacks(std::make_unique<IomemCallbacks>(*Marks));
		std::string Err;
		ConfigPtr Cfg = loadConfig(Err);
		bool Skip = Cfg && !Opts.NoSkipBodies && !Opts.ListHeaderInlines && checkOnly(FO);
		if (Skip)
			CI.getFrontendOpts().SkipFunctionBodies = true;
		return std::make_unique<Consumer>(CI, Opts, std::move(Marks), std::move(Cfg),
						  std::move(Err), Skip);
	}

	// Nothing is generated from this parse: -fsyntax-only, or this plugin as the main action.
	// In a compile (-fplugin with code generation) every body is needed for the object.
	bool checkOnly(const FrontendOptions &FO) const
	{
		return FO.ProgramAction == frontend::ParseSyntaxOnly ||
		       (FO.ProgramAction == frontend::PluginAction && FO.ActionName == "boundscope" &&
			Type == CmdlineAfterMainAction);
	}

	// Before the parse: the table of header inlines decides which bodies are skipped.
	ConfigPtr loadConfig(std::string &Err) const
	{
		ConfigPtr Cfg(bs_config_new());
		char Buf[1024];
		bool Ok = bs_config_load_dir(Cfg.get(), Opts.DataDir.c_str(), Buf, sizeof(Buf)) == 0;
		for (size_t i = 0; Ok && i < Opts.Configs.size(); i++)
			Ok = bs_config_load_file(Cfg.get(), Opts.Configs[i].c_str(), Buf,
						 sizeof(Buf)) == 0;
		for (const auto &[Rule, On] : Opts.RuleSwitches)
			bs_rule_switch_set(Cfg.get(), Rule, On);
		if (Ok)
			return Cfg;
		Err = Buf;
		return nullptr;
	}

	bool ParseArgs(const CompilerInstance &CI, const std::vector<std::string> &Args) override
	{
		Opts.DataDir = defaultDataDir();
		for (const std::string &A : Args) {
			llvm::StringRef S(A);
			if (S.consume_front("data-dir="))
				Opts.DataDir = S.str();
			else if (S.consume_front("config="))
				Opts.Configs.push_back(S.str());
			else if (S.consume_front("status-file="))
				Opts.StatusFile = S.str();
			else if (S.consume_front("db="))
				Opts.Store = S.str();
			else if (S == "store-only")
				Opts.StoreOnly = true;
			else if (S.consume_front("unit-object="))
				Opts.Object = S.str();
			else if (S.consume_front("srctree="))
				Opts.Srctree = S.str();
			else if (S == "dump-facts")
				Opts.DumpFacts = true;
			else if (S.starts_with("enable=") || S.starts_with("disable=")) {
				if (!ruleSwitch(CI, S))
					return false;
			} else if (S == "list-header-inlines")
				Opts.ListHeaderInlines = true;
			else if (S == "no-skip-bodies")
				Opts.NoSkipBodies = true;
			else if (S == "time-report")
				Opts.TimeReport = true;
			else {
				DiagnosticsEngine &DE = CI.getDiagnostics();
				DE.Report(DE.getCustomDiagID(DiagnosticsEngine::Error,
							     "boundscope: unknown plugin argument '%0' "
							     "(expected data-dir=, config=, status-file=, db=, store-only, unit-object=, srctree=, dump-facts, enable=, disable=, list-header-inlines, no-skip-bodies, time-report)"))
					<< A;
				return false;
			}
		}
		return true;
	}

	ActionType getActionType() override { return Type; }

private:
	ActionType Type;
	Options Opts;

	// enable=<rule> / disable=<rule>: checked against the registry (rules.h) here, so a
	// misspelt rule stops the compile instead of leaving the rule on.
	bool ruleSwitch(const CompilerInstance &CI, llvm::StringRef S)
	{
		bool On = S.consume_front("enable=");
		char Err[1024];

		if (!On)
			S.consume_front("disable=");
		int Rule = bs_rule_switch_check(S.str().c_str(), On, Err, sizeof(Err));
		if (Rule < 0) {
			DiagnosticsEngine &DE = CI.getDiagnostics();
			DE.Report(DE.getCustomDiagID(DiagnosticsEngine::Error,
						     "boundscope: plugin argument '%0=%1': %2"))
				<< (On ? "enable" : "disable") << S << Err;
			return false;
		}
		Opts.RuleSwitches.emplace_back(Rule, On);
		return true;
	}
};

struct CommandLineForm : Action {
	CommandLineForm() : Action(PluginASTAction::CmdlineAfterMainAction) {}
};
struct AfterMainForm : Action {
	AfterMainForm() : Action(PluginASTAction::AddAfterMainAction) {}
};

// Registered twice under one name: -plugin and -add-plugin use the first (a command-line
// action); -fplugin runs every after-main action, which is the second.
FrontendPluginRegistry::Add<CommandLineForm> X1("boundscope", "check MMIO access after unbind");
FrontendPluginRegistry::Add<AfterMainForm> X2("boundscope", "check MMIO access after unbind");

} // namespace
} // namespace boundscope
