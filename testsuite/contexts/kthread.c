// Pins kthreads started with kthread_run(): after-unbind unless stopped on the unbind path.
// Unguarded fires with the note on the kthread_run line, guarded is silent.
// RUN: %clang_plugin -Xclang -verify %s
// RUN: %bs -Xclang -verify %s

#include <linux/io.h>
#include <linux/delay.h>
#include <linux/kthread.h>
#include <drm/drm_drv.h>

struct foo_device {
	struct drm_device drm;
	void __iomem *regs;
	struct task_struct *monitor;
	struct task_struct *sampler;
};

static int foo_monitor_thread(void *data)
{
	struct foo_device *fdev = data;

	while (!kthread_should_stop()) {
		// expected-warning@+2{{MMIO access without an unbind guard in 'foo_monitor_thread', which can run after unbind}}
		// expected-note@+1{{'foo_monitor_thread' accesses MMIO with 'readl' here}}
		if (readl(fdev->regs + 0x14) & 0x80)
			break;
		msleep(100);
	}
	return 0;
}

static int foo_sampler_thread(void *data)
{
	struct foo_device *fdev = data;
	int idx;

	while (!kthread_should_stop()) {
		if (!drm_dev_enter(&fdev->drm, &idx))
			break;
		writel(1, fdev->regs + 0x98);
		drm_dev_exit(idx);
		msleep(100);
	}
	return 0;
}

int foo_start_threads(struct foo_device *fdev)
{
	fdev->monitor = kthread_run(foo_monitor_thread, fdev, "foo-monitor"); // expected-note{{'foo_monitor_thread' is a kthread, registered here}} expected-note{{nothing on the unbind path stops this kthread}}
	if (IS_ERR(fdev->monitor))
		return PTR_ERR(fdev->monitor);
	fdev->sampler = kthread_run(foo_sampler_thread, fdev, "foo-sampler-%d", 0);
	if (IS_ERR(fdev->sampler))
		return PTR_ERR(fdev->sampler);
	return 0;
}
