// SPDX-License-Identifier: GPL-2.0
#include <dlfcn.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "libclang.h"

/* Each entry point: its name in the library and where its address goes. */
#define ENTRY(name) { "clang_" #name, offsetof(struct bs_libclang, name) }
static const struct {
	const char *symbol;
	size_t offset;
} entries[] = {
	ENTRY(getCString),
	ENTRY(disposeString),
	ENTRY(CompilationDatabase_fromDirectory),
	ENTRY(CompilationDatabase_dispose),
	ENTRY(CompilationDatabase_getAllCompileCommands),
	ENTRY(CompilationDatabase_getCompileCommands),
	ENTRY(CompileCommands_dispose),
	ENTRY(CompileCommands_getSize),
	ENTRY(CompileCommands_getCommand),
	ENTRY(CompileCommand_getDirectory),
	ENTRY(CompileCommand_getFilename),
	ENTRY(CompileCommand_getNumArgs),
	ENTRY(CompileCommand_getArg),
};

const struct bs_libclang *bs_libclang(void)
{
	static struct bs_libclang api;
	static int loaded;
	void *lib;

	if (loaded)
		return &api;
	lib = dlopen(BOUNDSCOPE_LIBCLANG_PATH, RTLD_NOW | RTLD_LOCAL);
	if (!lib && strrchr(BOUNDSCOPE_LIBCLANG_PATH, '/'))	/* moved: by its name */
		lib = dlopen(strrchr(BOUNDSCOPE_LIBCLANG_PATH, '/') + 1, RTLD_NOW | RTLD_LOCAL);
	if (!lib) {
		fprintf(stderr, "boundscope: error: cannot load libclang (%s), which reads "
			"compilation databases: %s\n", BOUNDSCOPE_LIBCLANG_PATH, dlerror());
		return NULL;
	}
	for (size_t i = 0; i < sizeof(entries) / sizeof(*entries); i++) {
		void *fn = dlsym(lib, entries[i].symbol);

		if (!fn) {
			fprintf(stderr, "boundscope: error: %s has no %s\n", BOUNDSCOPE_LIBCLANG_PATH,
				entries[i].symbol);
			dlclose(lib);
			return NULL;
		}
		/* POSIX guarantees a function address survives the round trip through void * */
		*(void **)((char *)&api + entries[i].offset) = fn;
	}
	loaded = 1;
	return &api;
}
