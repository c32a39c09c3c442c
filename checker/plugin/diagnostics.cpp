// SPDX-License-Identifier: GPL-2.0
#include "diagnostics.h"

#include <cstring>
#include <string>

using namespace clang;

namespace boundscope {

DiagnosticHandler::DiagnosticHandler(DiagnosticsEngine &DE) : DE(DE)
{
	// Custom diagnostics sit outside clang's warning groups, so -Werror does not reach them
	// by itself: honour it here.
	WarningID = DE.getCustomDiagID(DE.getWarningsAsErrors() ? DiagnosticsEngine::Error :
				       DiagnosticsEngine::Warning, "%0");
	NoteID = DE.getCustomDiagID(DiagnosticsEngine::Note, "%0");
}

void DiagnosticHandler::finding(void *Ctx, const bs_finding *F)
{
	auto *Self = static_cast<DiagnosticHandler *>(Ctx);

	// The rule rides in the message, the way clang shows [-Wflag], so -Werror still applies.
	std::string Msg = std::string(F->msg) + " [boundscope-" + F->rule + "]";

	Self->DE.Report(SourceLocation::getFromRawEncoding(F->loc.cookie), Self->WarningID) << Msg;
	for (unsigned i = 0; i < F->notes.n; i++)
		Self->DE.Report(SourceLocation::getFromRawEncoding(F->notes.v[i].loc.cookie), Self->NoteID)
			<< F->notes.v[i].msg;
}

} // namespace boundscope
