// Pins: a static function that touches registers but is neither registered anywhere nor called
// has no context, and is silent.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s
// expected-no-diagnostics

#include <linux/io.h>

struct foo_device {
	void __iomem *regs;
};

static __maybe_unused void foo_debug_poke(struct foo_device *fdev, u32 reg, u32 val)
{
	writel(val, fdev->regs + reg);
}
