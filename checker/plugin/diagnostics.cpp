// SPDX-License-Identifier: GPL-2.0
#include "diagnostics.h"

extern "C" {
#include "fixes.h"
}

#include <string>

using namespace clang;

namespace boundscope {

DiagnosticHandler::DiagnosticHandler(DiagnosticsEngine &DE, SourceManager &SM) : DE(DE), SM(SM)
{
	// Custom diagnostics sit outside clang's warning groups, so -Werror does not reach them
	// by itself: honour it here.
	WarningID = DE.getCustomDiagID(DE.getWarningsAsErrors() ? DiagnosticsEngine::Error :
				       DiagnosticsEngine::Warning, "%0");
	NoteID = DE.getCustomDiagID(DiagnosticsEngine::Note, "%0");
}

// The fix's byte edits as hints, in the order the core planned them (the patch's order, which
// insertions at one offset keep); none when the file is not one this unit read.
std::vector<FixItHint> DiagnosticHandler::fixIts(const bs_fix *Fix)
{
	std::vector<FixItHint> Hints;
	if (!Fix || Fix->why || !Fix->edits.n || !Fix->file)
		return Hints;
	std::string Key = Fix->file;
	for (unsigned I = 0; I < Fix->edits.n; I++)
		Key += "\n" + std::to_string(Fix->edits.v[I].offset) + ":" +
		       std::to_string(Fix->edits.v[I].length) + ":" + Fix->edits.v[I].text;
	if (!Given.insert(Key).second)
		return Hints;
	auto FE = SM.getFileManager().getOptionalFileRef(Fix->file);
	FileID FID = FE ? SM.translateFile(*FE) : FileID();
	if (FID.isInvalid())
		return Hints;
	SourceLocation Start = SM.getLocForStartOfFile(FID);
	for (unsigned I = 0; I < Fix->edits.n; I++) {
		const bs_edit *E = &Fix->edits.v[I];
		SourceLocation L = Start.getLocWithOffset(E->offset);
		if (E->length)
			Hints.push_back(FixItHint::CreateReplacement(
				CharSourceRange::getCharRange(L, L.getLocWithOffset(E->length)),
				E->text));
		else
			Hints.push_back(FixItHint::CreateInsertion(L, E->text));
	}
	return Hints;
}

void DiagnosticHandler::finding(void *Ctx, const bs_finding *F)
{
	auto *Self = static_cast<DiagnosticHandler *>(Ctx);

	// The rule rides in the message, the way clang shows [-Wflag], so -Werror still applies.
	std::string Msg = std::string(F->msg) + " [boundscope-" + F->rule + "]";

	{
		DiagnosticBuilder DB = Self->DE.Report(SourceLocation::getFromRawEncoding(F->loc.cookie),
						       Self->WarningID);
		DB << Msg;
		for (const FixItHint &H : Self->fixIts(F->fix))
			DB << H;
	}
	for (unsigned i = 0; i < F->notes.n; i++)
		Self->DE.Report(SourceLocation::getFromRawEncoding(F->notes.v[i].loc.cookie), Self->NoteID)
			<< F->notes.v[i].msg;
}

} // namespace boundscope
