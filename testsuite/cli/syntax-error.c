// A real parse error, with the real clang and plugin: clang's error is shown,
// and the file counts as not analysed (exit 2), even without --error.
// RUN: sh -c '%boundscope --plugin=%plugin %s; echo exit=$?' 2>&1 | FileCheck %s
// RUN: sh -c '%boundscope --plugin=%plugin -Wall -Werror %s; echo exit=$?' 2>&1 | FileCheck %s

int broken(void)
{
	return 0
}

// CHECK: syntax-error.c:[[@LINE-3]]:10: error: expected ';' after return statement
// CHECK: boundscope: error: clang failed on {{.*}}syntax-error.c (exit status 1); the file was not analysed
// CHECK: exit=2
