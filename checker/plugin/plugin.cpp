// SPDX-License-Identifier: GPL-2.0
// The clang plugin: registers the `boundscope` action, loads the configuration, lowers the
// translation unit to facts, runs the core's analysis and turns its findings into clang
// diagnostics. Works as `-fplugin=boundscope.so` (after the main action, so the object is
// still produced) and as `-Xclang -plugin -Xclang boundscope` (syntax only).
#include "diagnostics.h"
#include "iomem.h"
#include "lower.h"
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
#include "llvm/Support/Path.h"

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
};

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
	Consumer(CompilerInstance &CI, Options O, std::unique_ptr<IomemMarks> M)
		: CI(CI), Opts(std::move(O)), Marks(std::move(M)) {}

	void HandleTranslationUnit(ASTContext &Ctx) override
	{
		DiagnosticsEngine &DE = CI.getDiagnostics();
		bs_result R = {};
		bs_tu *TU = bs_tu_new();
		unsigned Unit = describeUnit(CI, TU, Opts.Object, Opts.Srctree);

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
		Lowerer(Ctx, *Marks, TU).run();
		unsigned Internal = 0;
		if (!Opts.Store.empty() && !store(DE, TU))
			Internal = 1;
		if (Opts.StoreOnly && !Opts.DumpFacts) {
			// the command links the store and answers from the whole module
			writeStatus(Opts, R, Internal);
			bs_tu_free(TU);
			return;
		}
		bs_config *Cfg = bs_config_new();
		char Err[1024];
		bool Ok = bs_config_load_dir(Cfg, Opts.DataDir.c_str(), Err, sizeof(Err)) == 0;
		for (size_t i = 0; Ok && i < Opts.Configs.size(); i++)
			Ok = bs_config_load_file(Cfg, Opts.Configs[i].c_str(), Err, sizeof(Err)) == 0;
		for (const auto &[Rule, On] : Opts.RuleSwitches)
			bs_rule_switch_set(Cfg, Rule, On);
		if (!Ok) {
			DE.Report(DE.getCustomDiagID(DiagnosticsEngine::Error, "boundscope: %0")) << Err;
			writeStatus(Opts, R, 1);
			bs_config_free(Cfg);
			bs_tu_free(TU);
			return;
		}
		DiagnosticHandler Handler(DE);
		bs_handler H = Handler.handler();
		bs_analyze(TU, Cfg, &H, Opts.DumpFacts ? stdout : nullptr, &R);
		writeStatus(Opts, R, Internal);
		bs_tu_free(TU);
		bs_config_free(Cfg);
	}

private:
	CompilerInstance &CI;
	Options Opts;
	std::unique_ptr<IomemMarks> Marks;

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
		return std::make_unique<Consumer>(CI, Opts, std::move(Marks));
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
			} else {
				DiagnosticsEngine &DE = CI.getDiagnostics();
				DE.Report(DE.getCustomDiagID(DiagnosticsEngine::Error,
							     "boundscope: unknown plugin argument '%0' "
							     "(expected data-dir=, config=, status-file=, db=, store-only, unit-object=, srctree=, dump-facts, enable=, disable=)"))
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
