// Pins --time-report: one line per file with the parse, lower, store and analysis times and
// the number of kernel-header bodies not parsed (none with --no-skip-bodies); on stderr, so
// the findings on stdout are untouched.
// RUN: %bs --time-report %s 2>&1 >/dev/null | FileCheck --check-prefix=SKIP %s
// RUN: %bs --time-report --no-skip-bodies %s 2>&1 >/dev/null | FileCheck --check-prefix=FULL %s
// RUN: %bs %s 2>&1 | FileCheck --check-prefix=NONE --allow-empty %s
// RUN: %boundscope check --help | FileCheck --check-prefix=HELP %s
// SKIP: boundscope: time: {{.*}}time-report.c: parse {{[0-9]+\.[0-9][0-9][0-9]}} s, lower {{[0-9]+\.[0-9][0-9][0-9]}} s, store {{[0-9]+\.[0-9][0-9][0-9]}} s, analyse {{[0-9]+\.[0-9][0-9][0-9]}} s; {{[1-9][0-9]*}} function bodies in kernel headers not parsed
// FULL: boundscope: time: {{.*}}; 0 function bodies in kernel headers not parsed
// NONE-NOT: boundscope: time:
// HELP: --no-skip-bodies, --time-report

#include <linux/io.h>

int foo_read(void __iomem *regs)
{
	return readl(regs);
}
