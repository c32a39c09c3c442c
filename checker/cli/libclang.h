/* SPDX-License-Identifier: GPL-2.0 */
/*
 * libclang, loaded when a compilation database is read and not before: linking it would load
 * libLLVM (and run its constructors) in every kbuild CHECK run, about 70 ms per file of a
 * check that otherwise never uses it.
 */
#ifndef BS_LIBCLANG_H
#define BS_LIBCLANG_H

#include <clang-c/CXCompilationDatabase.h>

/* The entry points compdb.c calls, named as in libclang without the clang_ prefix. */
struct bs_libclang {
	const char *(*getCString)(CXString);
	void (*disposeString)(CXString);
	CXCompilationDatabase (*CompilationDatabase_fromDirectory)(const char *,
								   CXCompilationDatabase_Error *);
	void (*CompilationDatabase_dispose)(CXCompilationDatabase);
	CXCompileCommands (*CompilationDatabase_getAllCompileCommands)(CXCompilationDatabase);
	CXCompileCommands (*CompilationDatabase_getCompileCommands)(CXCompilationDatabase,
								    const char *);
	void (*CompileCommands_dispose)(CXCompileCommands);
	unsigned (*CompileCommands_getSize)(CXCompileCommands);
	CXCompileCommand (*CompileCommands_getCommand)(CXCompileCommands, unsigned);
	CXString (*CompileCommand_getDirectory)(CXCompileCommand);
	CXString (*CompileCommand_getFilename)(CXCompileCommand);
	unsigned (*CompileCommand_getNumArgs)(CXCompileCommand);
	CXString (*CompileCommand_getArg)(CXCompileCommand, unsigned);
};

/* libclang's entry points, loading it on first use; NULL having said why it cannot be. */
const struct bs_libclang *bs_libclang(void);

#endif
