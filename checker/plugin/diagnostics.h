// SPDX-License-Identifier: GPL-2.0
// Findings as clang diagnostics: one implementation of the core's handler interface. A
// finding's fix (fixes.h, planned by the core from this front end's anchors) rides on its
// warning as FixItHints, so -fixit, -fdiagnostics-parseable-fixits and IDEs apply it; the
// first finding that plans a fix carries it, later findings with the same fix do not.
#ifndef BOUNDSCOPE_DIAGNOSTICS_H
#define BOUNDSCOPE_DIAGNOSTICS_H

extern "C" {
#include "report.h"
}

#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/SourceManager.h"

#include <set>
#include <string>
#include <vector>

namespace boundscope {

class DiagnosticHandler {
public:
	DiagnosticHandler(clang::DiagnosticsEngine &DE, clang::SourceManager &SM);
	bs_handler handler() { return bs_handler{ this, &DiagnosticHandler::finding }; }

private:
	clang::DiagnosticsEngine &DE;
	clang::SourceManager &SM;
	unsigned WarningID, NoteID;
	std::set<std::string> Given;	// fixes already on a diagnostic: two findings in one
					// function plan the same guard, -fixit must apply it once
	static void finding(void *Ctx, const bs_finding *F);
	std::vector<clang::FixItHint> fixIts(const bs_fix *Fix);
};

} // namespace boundscope

#endif
