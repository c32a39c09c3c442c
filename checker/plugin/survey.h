// SPDX-License-Identifier: GPL-2.0
// The header-inline survey (plugin argument list-header-inlines): which functions defined in
// kernel headers have bodies the analysis reads. Their names make the shipped table
// header-inlines.json, the functions whose bodies a check-only parse never skips.
#ifndef BOUNDSCOPE_SURVEY_H
#define BOUNDSCOPE_SURVEY_H

extern "C" {
#include "config.h"
#include "facts.h"
}

#include "clang/AST/ASTContext.h"

#include <cstdio>

namespace boundscope {

// TU holds the facts of every function defined in the unit (Lowerer::run(true)). Prints one
// line per function outside the driver whose body matters: "header-inline <name> <file>:<line>
// <why>", tab-separated.
void surveyHeaderInlines(clang::ASTContext &Ctx, const bs_tu *TU, const bs_config *Cfg,
			 FILE *Out);

} // namespace boundscope

#endif
