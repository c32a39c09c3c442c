// With the real clang and plugin: kbuild's warning flags (-Wall -Wextra -Werror)
// do not make clang print its own warnings, clang finds its resource directory
// (stddef.h, which a kernel build does not use: it passes -nostdinc), and a
// file without MMIO is clean (exit 0). clang's own warnings end in their flag
// ("[-Wunused-variable]"), boundscope's in "[boundscope-<rule>]".
// RUN: sh -c '%boundscope --plugin=%plugin -Wall -Wextra -Werror -Wunused-variable -Wimplicit-fallthrough=5 %s; echo exit=$?' 2>&1 \
// RUN:   | FileCheck --implicit-check-not='[-W' --implicit-check-not=error: %s
// CHECK: exit=0

#include <stddef.h>

static int unused_function(int x)
{
	int unused;
	size_t n = offsetof(struct { int a; int b; }, b);

	switch (x) {
	case 1:
		n++;
	case 2:
		n++;
	}
	return (int)n;
}
