// Pins project contexts: a driver-private hook table declared after-unbind for one field
// and bound for every other field ('*'); an exact field beats the wildcard. Without the
// configuration the hooks are not entry points and nothing is reported.
// RUN: %clang_plugin -Xclang -plugin-arg-boundscope -Xclang config=%S/Inputs/foo-hooks.json -Xclang -verify=with %s
// RUN: %bs --config=%S/Inputs/foo-hooks.json -Xclang -verify=with %s
// RUN: %bs -Xclang -verify=without %s
// without-no-diagnostics

#include <linux/io.h>

struct foo_device {
	void __iomem *regs;
};

struct foo_hooks {
	void (*poke)(struct foo_device *fdev);
	void (*reset)(struct foo_device *fdev);
};

extern void foo_register_hooks(const struct foo_hooks *hooks);

static void foo_poke(struct foo_device *fdev)
{
	writel(1, fdev->regs); // with-warning{{MMIO access without an unbind guard in 'foo_poke', which can run after unbind}} with-note{{'foo_poke' accesses MMIO with 'writel' here}}
}

static void foo_reset(struct foo_device *fdev)
{
	writel(0, fdev->regs);
}

static const struct foo_hooks foo_hooks = {
	.poke = foo_poke, // with-note{{'foo_poke' is a foo hook, registered here}}
	.reset = foo_reset,
};

void foo_init(void)
{
	foo_register_hooks(&foo_hooks);
}
