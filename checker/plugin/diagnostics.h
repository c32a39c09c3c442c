// SPDX-License-Identifier: GPL-2.0
// Findings as clang diagnostics: one implementation of the core's handler interface.
#ifndef BOUNDSCOPE_DIAGNOSTICS_H
#define BOUNDSCOPE_DIAGNOSTICS_H

extern "C" {
#include "report.h"
}

#include "clang/Basic/Diagnostic.h"

namespace boundscope {

class DiagnosticHandler {
public:
	explicit DiagnosticHandler(clang::DiagnosticsEngine &DE);
	bs_handler handler() { return bs_handler{ this, &DiagnosticHandler::finding }; }

private:
	clang::DiagnosticsEngine &DE;
	unsigned WarningID, NoteID;
	static void finding(void *Ctx, const bs_finding *F);
};

} // namespace boundscope

#endif
