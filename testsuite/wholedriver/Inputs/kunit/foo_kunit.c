/* A KUnit test's mock: it writes a register, and no driver code ever installs it. */
#include "foo.h"

static void foo_poke_kmock(struct foo_device *fdev)
{
	writel(1, fdev->regs);
}

const struct foo_hw_ops foo_kmock_ops = {
	.poke = foo_poke_kmock,
};
